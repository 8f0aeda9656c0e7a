package org.bangtin.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bangtin.text.StoredText;
import org.bangtin.text.TextStore;

/**
 * One notice: its front matter typed, its Markdown body, and where it came from.
 *
 * @param source      the Markdown file
 * @param sourceName  the file relative to the content root, as messages show it
 * @param folder      the folder relative links are resolved against
 * @param title       required
 * @param date        when it was posted; required
 * @param updated     last update, or null
 * @param publish     not published before this time, or null
 * @param expires     no longer in force after this time, or null
 * @param slug        the URL slug the editor chose, or null to derive it from the title
 * @param replacedBy  the source file of the notice that replaces this one, or null
 * @param replaces    the source file of the notice this one replaces, or null
 * @param custom      front matter fields bangtin does not know, for templates
 * @param markdown    the body, kept by the build's {@link TextStore}
 * @param bodyLine    the file's line number of the body's first line
 * @param fieldLines  the line of each front matter field, for later checks
 * @param aliases     old addresses of the notice ("/tin-tuc/ke-hoach-925.html"), where the build writes redirects
 * @param related     the notices the editor pinned as related ({@code related:}), in order
 * @param withErrors  read from a file with front matter errors, its bad fields left out: it is
 *                    planned and rendered only so that the build reports the rest of its problems,
 *                    and the build, failing, publishes nothing
 */
public record Notice(Path source, Path sourceName, Path folder, String title, ZonedDateTime date,
        ZonedDateTime updated, String author, String category, List<String> tags, String summary, boolean draft,
        ZonedDateTime publish, ZonedDateTime expires, DocumentInfo document, List<Attachment> attachments,
        String slug, Path replacedBy, Path replaces, Map<String, Object> custom, StoredText markdown, int bodyLine,
        Map<String, Integer> fieldLines, List<String> aliases, List<RelatedLink> related, boolean withErrors) {
    /**
     * The custom field of an old address with a query ("/Default.aspx?tabid=87&ItemID=925"), which
     * a static host cannot serve: the import writes it, and the build lists it for the web server.
     */
    public static final String OLD_URL = "old-url";


    public Notice {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
        custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
        fieldLines = Map.copyOf(fieldLines);
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
    }

    /** A notice read without errors. */
    public Notice(Path source, Path sourceName, Path folder, String title, ZonedDateTime date, ZonedDateTime updated,
            String author, String category, List<String> tags, String summary, boolean draft, ZonedDateTime publish,
            ZonedDateTime expires, DocumentInfo document, List<Attachment> attachments, String slug, Path replacedBy,
            Path replaces, Map<String, Object> custom, StoredText markdown, int bodyLine, Map<String, Integer> fieldLines,
            List<String> aliases, List<RelatedLink> related) {
        this(source, sourceName, folder, title, date, updated, author, category, tags, summary, draft, publish, expires,
                document, attachments, slug, replacedBy, replaces, custom, markdown, bodyLine, fieldLines, aliases, related,
                false);
    }

    /** A notice that neither replaces nor is replaced by another, and has no old addresses nor pinned related notices. */
    public Notice(Path source, Path sourceName, Path folder, String title, ZonedDateTime date, ZonedDateTime updated,
            String author, String category, List<String> tags, String summary, boolean draft, ZonedDateTime publish,
            ZonedDateTime expires, DocumentInfo document, List<Attachment> attachments, String slug,
            Map<String, Object> custom, String markdown, int bodyLine, Map<String, Integer> fieldLines) {
        this(source, sourceName, folder, title, date, updated, author, category, tags, summary, draft, publish, expires,
                document, attachments, slug, null, null, custom, StoredText.of(markdown), bodyLine, fieldLines, List.of(),
                List.of());
    }

    /**
     * The notice of a file whose front matter could not be read at all (its YAML is broken): its
     * body alone, which the build still checks so that the same build reports the body's problems
     * too; never planned nor published.
     */
    public static Notice bodyOnly(Path source, Path sourceName, StoredText markdown, int bodyLine, ZonedDateTime now) {
        return new Notice(source, sourceName, source.getParent(), "", now, null, null, null, List.of(), null, false,
                null, null, DocumentInfo.NONE, List.of(), null, null, null, Map.of(), markdown,
                bodyLine, Map.of(), List.of(), List.of(), true);
    }

    /** This notice with another body; the front matter and everything else stay. */
    public Notice withMarkdown(StoredText body) {
        return new Notice(source, sourceName, folder, title, date, updated, author, category, tags, summary, draft, publish,
                expires, document, attachments, slug, replacedBy, replaces, custom, body, bodyLine, fieldLines, aliases,
                related, withErrors);
    }

    /** This notice under another spelling of its category: the one the site shows. */
    public Notice withCategory(String shownCategory) {
        return new Notice(source, sourceName, folder, title, date, updated, author, shownCategory, tags, summary, draft,
                publish, expires, document, attachments, slug, replacedBy, replaces, custom, markdown, bodyLine, fieldLines,
                aliases, related, withErrors);
    }

    /**
     * Whether {@code field} was written but may have been left out for an error: what follows from
     * its absence (a notice without author, without attachment) is not to be reported again.
     */
    public boolean mayHaveDropped(String field) {
        return withErrors && fieldLines.containsKey(field);
    }

    /** The line of a front matter field, or the first line of the file when it was not given. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }

    /** {@code updated} when given, else {@code date}: what "Ngày cập nhật" shows. */
    public ZonedDateTime updatedOrDate() {
        return updated != null ? updated : date;
    }
}

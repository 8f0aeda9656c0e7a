package org.bangtin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.config.FieldReader;
import org.bangtin.config.SourceText;
import org.bangtin.config.YamlField;
import org.bangtin.config.YamlMapping;
import org.bangtin.diag.Diagnostics;
import org.bangtin.diag.ReadFailure;
import org.bangtin.text.SafePaths;
import org.bangtin.text.StoredText;
import org.bangtin.text.TextStore;

/**
 * Reads one notice file: front matter typed field by field, every problem reported with its line.
 * A notice with a front matter error is kept with its bad fields left out and marked
 * {@link Notice#withErrors()}, so that the build goes on to report the problems of the rest (its
 * body, its 'related' and 'aliases'); it is never published, as the build fails.
 */
final class NoticeReader {
    /** The front matter fields bangtin knows; others are kept as custom fields. */
    static final List<String> FIELDS = List.of("title", "date", "updated", "author", "category", "tags", "summary",
            "draft", "publish", "expires", "number", "type", "issuer", "issued", "attachments", "slug", "replacedBy",
            "replaces", "aliases", "related");

    private final Path contentRoot;
    private final ZoneId zone;
    private final Diagnostics problems;
    private final TextStore texts;

    NoticeReader(Path contentRoot, ZoneId zone, Diagnostics problems) {
        this(contentRoot, zone, problems, TextStore.inMemory());
    }

    /** @param texts where the notices' Markdown is kept */
    NoticeReader(Path contentRoot, ZoneId zone, Diagnostics problems, TextStore texts) {
        this.contentRoot = contentRoot;
        this.zone = zone;
        this.problems = problems;
        this.texts = texts;
    }

    /** Reads one file: its notice, empty when the file has errors; thread-safe, as files are read in parallel. */
    Optional<Notice> read(Path file) {
        Result result = readAlone(file);
        problems.addAll(result.problems());
        return result.published();
    }

    /** Reads one file, keeping its problems apart: a rebuild that reuses the notice repeats them. */
    Result readAlone(Path file) {
        Diagnostics fileProblems = new Diagnostics();
        Optional<Notice> notice = read(file, fileProblems);
        return new Result(notice, fileProblems.sorted());
    }

    /**
     * A file's notice and every problem found in it. The notice is empty when the file could not
     * be read as one (unreadable, no front matter); it is {@link Notice#withErrors()} when the file
     * has errors, and then has its title and date when both were valid, else an empty title (and
     * no field at all when the YAML is broken: {@link Notice#bodyOnly}).
     */
    record Result(Optional<Notice> notice, java.util.List<org.bangtin.diag.Diagnostic> problems) {
        /** The notice, when the file has no error: what may be published. */
        Optional<Notice> published() {
            return notice.filter(n -> !n.withErrors());
        }

        /** The notice, when the site can be planned with it: it has a title and a date. */
        Optional<Notice> planned() {
            return notice.filter(n -> !n.title().isEmpty());
        }

        /** The notice of a file with no valid title or date, whose body alone can still be checked. */
        Optional<Notice> bodyOnly() {
            return notice.filter(n -> n.title().isEmpty());
        }
    }

    private Optional<Notice> read(Path file, Diagnostics problems) {
        Path shown = contentRoot.relativize(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(shown, 0, "cannot read the file: " + ReadFailure.why(e), "check the file's permissions");
            return Optional.empty();
        }
        Optional<SourceText.Decoded> decoded = SourceText.read(bytes, shown, problems);
        Optional<FrontMatter> split = decoded.flatMap(text -> FrontMatter.split(text.text(), shown, problems));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter frontMatter = split.get();
        Optional<YamlMapping> yaml = YamlMapping.parse(frontMatter.yaml(), shown, FrontMatter.YAML_FIRST_LINE, problems,
                line -> frontMatter.notClosedAbove(shown, line, "line " + line + " is not a field"));
        StoredText markdown = markdown(bytes, decoded.get().verbatim(), frontMatter);
        if (yaml.isEmpty()) {
            return Optional.of(Notice.bodyOnly(file, shown, markdown, frontMatter.bodyLine(), ZonedDateTime.now(zone)));
        }
        return new Fields(file, shown, yaml.get(), frontMatter, markdown, problems).toNotice();
    }

    /**
     * The body kept in the text store: the file's own bytes after the front matter when decoding
     * changed nothing (no byte order mark, no '\r', no decomposed letter), which spares decoding
     * and encoding it again; else the decoded text.
     */
    private StoredText markdown(byte[] bytes, boolean verbatim, FrontMatter frontMatter) {
        if (!verbatim) {
            return texts.put(frontMatter.body());
        }
        int newlines = frontMatter.bodyLine() - 1; // the body begins after its line's newline before it
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && --newlines == 0) {
                return texts.putUtf8(bytes, i + 1, frontMatter::body);
            }
        }
        return texts.put(""); // the file ends with the front matter's closing line
    }

    /** The typing of one file's fields. */
    private final class Fields {
        private final Path file;
        private final Path shown;
        private final YamlMapping yaml;
        private final FrontMatter frontMatter;
        private final StoredText markdown;
        private final FieldReader reader;
        private final Diagnostics problems;

        Fields(Path file, Path shown, YamlMapping yaml, FrontMatter frontMatter, StoredText markdown,
                Diagnostics problems) {
            this.file = file;
            this.shown = shown;
            this.yaml = yaml;
            this.frontMatter = frontMatter;
            this.markdown = markdown;
            this.problems = problems;
            this.reader = new FieldReader(shown, FrontMatter.YAML_FIRST_LINE, problems);
        }

        Optional<Notice> toNotice() {
            Map<String, Integer> lines = new HashMap<>();
            yaml.fields().values().forEach(field -> lines.put(field.key(), field.line()));
            CustomFields custom = new CustomFields(List.copyOf(yaml.fields().values()), FIELDS, frontMatter, reader);
            CommentedText.warn(yaml, reader);
            Optional<String> title = required("title", "add 'title: \"...\"' to the front matter", custom)
                    .flatMap(field -> reader.nonEmptyString(field, "write the notice's title, such as 'title: \"Kế hoạch"
                            + " số 925/KH-UBND\"'"));
            Optional<ZonedDateTime> date = required("date", "add the posting date, such as 'date: 2019-03-29'", custom)
                    .flatMap(this::date);
            Path folder = file.getParent();
            if (title.isEmpty() || date.isEmpty()) {
                title = Optional.empty(); // the site cannot be planned with it: Result.bodyOnly()
            }
            // The arguments are evaluated in order: 'withErrors', the last, once every field was read.
            Notice notice = new Notice(file, shown, folder, title.orElse(""),
                    date.orElse(ZonedDateTime.now(zone)),
                    optionalDate("updated"), text("author"), text("category"),
                    yaml.field("tags").flatMap(reader::wordList).orElse(List.of()),
                    text("summary"),
                    yaml.field("draft").flatMap(reader::bool).orElse(false),
                    optionalDate("publish"), optionalDate("expires"),
                    new DocumentInfo(text("number"), text("type"), text("issuer"),
                            Optional.ofNullable(optionalDate("issued")).map(ZonedDateTime::toLocalDate).orElse(null)),
                    attachments(folder), slug(), otherNotice("replacedBy", folder), otherNotice("replaces", folder),
                    custom.kept(), markdown, frontMatter.bodyLine(), lines, Aliases.read(yaml.field("aliases"), reader),
                    related(), problems.hasErrors());
            return Optional.of(notice);
        }

        private Optional<YamlField> required(String key, String hint, CustomFields custom) {
            Optional<YamlField> field = yaml.field(key);
            if (field.isEmpty()) {
                reader.error(1, "missing '" + key + "' in the front matter", custom.writtenFor(key)
                        .map(written -> "rename '" + written.key() + "' on line " + written.line() + " to '" + key + "'")
                        .orElse(hint));
            }
            return field;
        }

        private String text(String key) {
            return yaml.field(key).flatMap(reader::string).orElse(null);
        }

        private ZonedDateTime optionalDate(String key) {
            return yaml.field(key).flatMap(this::date).orElse(null);
        }

        private Optional<ZonedDateTime> date(YamlField field) {
            Optional<String> text = reader.nonEmptyString(field, "write a date such as " + DateValues.FORMATS);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(DateValues.parse(text.get(), zone));
            } catch (DateTimeException e) {
                reader.error(field, "'" + field.key() + "': " + e.getMessage(), "write a real date as " + DateValues.FORMATS);
                return Optional.empty();
            }
        }

        private String slug() {
            String slug = text("slug");
            if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                reader.error(yaml.field("slug").orElseThrow(), "'slug' must be lower-case ASCII words joined by '-', not \""
                        + slug + "\"", "write, for example, 'slug: ke-hoach-925-binh-dang-gioi'");
                return null;
            }
            return slug;
        }

        /**
         * 'replacedBy' or 'replaces': another notice's Markdown file, relative to this one's, as
         * in a Markdown link; it must exist inside the content folder.
         */
        private Path otherNotice(String key, Path folder) {
            Optional<YamlField> field = yaml.field(key);
            Optional<String> name = field.flatMap(reader::string);
            if (name.isEmpty()) {
                return null;
            }
            String hint = "write the other notice's file name relative to this one, such as '" + key
                    + ": ../2020/lich-tiep-cong-dan.md'";
            if (!name.get().endsWith(".md")) {
                reader.error(field.get(), "'" + key + "' must name another notice's .md file, not \"" + name.get() + "\"", hint);
                return null;
            }
            Optional<Path> target = SafePaths.resolveInside(contentRoot, folder, name.get());
            if (target.isEmpty()) {
                reader.error(field.get(), "'" + key + "': \"" + name.get() + "\" points outside the content folder", hint);
                return null;
            }
            if (!Files.isRegularFile(target.get())) {
                reader.error(field.get(), "'" + key + "': notice \"" + name.get() + "\" not found (looked for "
                        + contentRoot.relativize(target.get()).toString().replace('\\', '/') + ")", hint);
                return null;
            }
            if (target.get().equals(file.toAbsolutePath().normalize())) {
                reader.error(field.get(), "'" + key + "' names this notice itself", hint);
                return null;
            }
            return target.get();
        }

        /** The 'related:' entries, each with its line; the site plan resolves them. */
        private List<RelatedLink> related() {
            Optional<YamlField> field = yaml.field("related");
            if (field.isEmpty()) {
                return List.of();
            }
            List<RelatedLink> links = new ArrayList<>();
            for (YamlField item : reader.items(field.get()).orElse(List.of())) {
                if (item.value() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
                    reader.string(item).ifPresent(target -> links.add(new RelatedLink(target, item.line())));
                } else {
                    reader.error(item, "each item of 'related' must be a page address or a file name",
                            "write, for example, '- \"/2019/03/ke-hoach-925/\"' or '- ke-hoach-925.md'");
                }
            }
            return links;
        }

        private List<Attachment> attachments(Path folder) {
            Optional<YamlField> field = yaml.field("attachments");
            if (field.isEmpty()) {
                return List.of();
            }
            List<Attachment> result = new ArrayList<>();
            AttachmentResolver resolver = new AttachmentResolver(contentRoot, problems);
            for (YamlField item : reader.items(field.get()).orElse(List.of())) {
                attachmentEntry(item).flatMap(entry -> resolver.resolve(folder, entry[0], entry[1], shown, item.line()))
                        .ifPresent(result::add);
            }
            return result;
        }

        /** An item written as "file.pdf" or as 'file:' and 'title:' lines: {file, title or null}. */
        private Optional<String[]> attachmentEntry(YamlField item) {
            if (item.value() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
                return reader.string(item).map(name -> new String[] {name, null});
            }
            Optional<Map<String, YamlField>> fields = reader.mapping(item);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            String name = null;
            String title = null;
            for (YamlField part : fields.get().values()) {
                switch (part.key()) {
                    case "file" -> name = reader.string(part).orElse(null);
                    case "title" -> title = reader.string(part).orElse(null);
                    default -> reader.unknownKey(part, List.of("file", "title"), "an attachment");
                }
            }
            if (name == null) {
                reader.error(item, "an attachment needs a 'file'", "write '- file: \"ten-tep.pdf\"'");
                return Optional.empty();
            }
            return Optional.of(new String[] {name, title});
        }
    }
}

package org.bangtin.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangtin.content.Aliases;
import org.bangtin.content.FrontMatterWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Converts one saved page into a notice's text: the article found by {@link ArticleReader}, its
 * Markdown, the document it announces, its attachments and its old address. Not thread-safe.
 */
final class PageConverter {
    /** The front-matter field that keeps an old address a static host cannot serve (one with a query). */
    static final String OLD_URL = org.bangtin.content.Notice.OLD_URL;
    /** The ".html" that wget --adjust-extension adds to a page of a script, or of an address with a query. */
    private static final Pattern WGET_EXTENSION = Pattern.compile("(?i)(\\.(?:aspx|asp|php|jsp|jspx|cfm|cgi|pl)(?:[?@][^/]*)?|\\?.*)\\.html?$");
    /** A query that wget --restrict-file-names=windows saved after '@' ("Default.aspx@tabid=87"). */
    private static final Pattern WINDOWS_QUERY = Pattern.compile("(?i)(\\.(?:aspx|asp|php|jsp|jspx|cfm|cgi|pl))@([^/]*=[^/]*)$");
    private static final Pattern SAVED_FROM = Pattern.compile("<!-- saved from url=\\(\\d+\\)(\\S+?) -->");

    private final ImportProfile profile;

    PageConverter(ImportProfile profile) {
        this.profile = profile;
    }

    /**
     * Reads {@code file}, a page under {@code inputRoot}; {@code mirror} tells that the folder
     * mirrors the old site, so that the file's place in it is its old address.
     */
    ConvertedPage convert(Path file, Path inputRoot, boolean mirror) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return ConvertedPage.skip("empty file");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.indexOf('\0') >= 0 || head.indexOf('<') < 0) {
            return ConvertedPage.skip("not an HTML page");
        }
        List<String> notes = new ArrayList<>();
        Document document = PageText.parse(bytes, notes);
        WordMarkup.clean(document);
        URI oldUrl = oldUrl(document, head);
        ArticleReader.Article article;
        try {
            article = new ArticleReader(profile).read(document);
        } catch (ArticleReader.NotAnArticle e) {
            return ConvertedPage.skip(e.getMessage());
        }
        PageLinks links = new PageLinks(inputRoot, file, oldUrl, mirror);
        StringBuilder markdown = new StringBuilder(new MarkdownConverter(links).convert(article.body()));
        downloads(article.downloads(), links, markdown);
        String text = article.title() + " " + article.body().text();
        DocumentFacts facts = DocumentFacts.find(text, article.posted().day());
        Optional<String> oldAddress = oldAddress(oldUrl,
                mirror ? "/" + inputRoot.relativize(file).toString().replace('\\', '/') : null, notes);
        String queryAddress = oldAddress.filter(a -> a.contains("?")).orElse(null);
        List<String> aliases = oldAddress.filter(a -> queryAddress == null).map(List::of).orElse(List.of());
        notes.addAll(links.notes());
        if (!facts.numbers().isEmpty()) {
            notes.add("document numbers in the text: " + String.join(", ", facts.numbers()));
        }
        String frontMatter = new FrontMatterWriter()
                .text("title", article.title())
                .plain("date", article.posted().frontMatter())
                .plain("updated", article.updated() == null ? null : article.updated().frontMatter())
                .text("author", article.author())
                .text("summary", article.summary())
                .text("number", facts.number())
                .text("type", facts.type())
                .plain("issued", facts.issued() == null ? null : facts.issued().toString())
                .list("aliases", aliases)
                .text(OLD_URL, queryAddress)
                .attachments(links.attachments())
                .withBody(markdown.toString());
        if (article.author() == null) {
            notes.add("no author line found: add 'author:'");
        }
        return new ConvertedPage(null, article.title(), frontMatter, links.copies(), article.posted().day().getYear(), notes,
                oldAddress.map(List::of).orElse(List.of()), text.replaceAll("[\\s\\u00a0]+", " ").strip());
    }

    /**
     * Links to documents in the download blocks next to the article's text ("Tệp đính kèm" below
     * it) are kept too: saved ones as attachments, the others listed after the text. Links in the
     * page's layout (a "Văn bản mới" box beside it) are not the article's.
     */
    private static void downloads(List<Element> blocks, PageLinks links, StringBuilder markdown) {
        List<String> items = new ArrayList<>();
        for (Element a : blocks.stream().flatMap(block -> block.select("a[href]").stream()).toList()) {
            String href = a.attr("href").strip();
            boolean document = PageLinks.DOCUMENTS.contains(PageLinks.extension(href));
            // A download handler's link ("DownloadFile.aspx?FileID=12") is a document when its saved answer is one.
            if (!document && !href.contains("?")) {
                continue;
            }
            String text = a.text().strip().isEmpty() ? href : a.text().strip();
            String target = links.link(href, text);
            boolean attached = target != null && links.attachments().stream().anyMatch(file -> file[0].equals(target));
            if (document && target != null && !attached) {
                items.add("- [" + text.replace("[", "\\[").replace("]", "\\]") + "](" + target + ")");
            }
        }
        if (!items.isEmpty()) {
            markdown.append("\nTệp đính kèm:\n\n").append(String.join("\n", items)).append('\n');
        }
    }

    /** The page's old address, from its canonical link, og:url or the browser's "saved from" note. */
    private static URI oldUrl(Document document, String head) {
        List<String> candidates = new ArrayList<>();
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            candidates.add(canonical.attr("href"));
        }
        Element og = document.selectFirst("meta[property=og:url][content]");
        if (og != null) {
            candidates.add(og.attr("content"));
        }
        Matcher saved = SAVED_FROM.matcher(head);
        if (saved.find()) {
            candidates.add(saved.group(1));
        }
        for (String candidate : candidates) {
            try {
                URI uri = new URI(candidate.strip().replace(" ", "%20"));
                if (uri.isAbsolute() && uri.getHost() != null && uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // Not an address: try the next.
            }
        }
        return null;
    }

    /**
     * The page's old address from the host's root: from the page's URL, else its place in a mirrored
     * folder ({@code mirrorPath}, null for a page given alone), without the ".html" wget added. An
     * address with a query goes into 'old-url' rather than 'aliases', as a static host cannot serve it.
     */
    private static Optional<String> oldAddress(URI oldUrl, String mirrorPath, List<String> notes) {
        String path;
        if (oldUrl != null) {
            path = oldUrl.getRawPath() + (oldUrl.getRawQuery() == null ? "" : "?" + oldUrl.getRawQuery());
        } else if (mirrorPath != null) {
            path = unadjusted(mirrorPath);
        } else {
            notes.add("no old address found in the page: no alias");
            return Optional.empty();
        }
        if (path == null || path.isEmpty() || path.equals("/")) {
            return Optional.empty();
        }
        if (path.contains("?")) {
            notes.add("old address " + path + " has a query, which a static host cannot serve: kept as '" + OLD_URL
                    + "' and listed in " + Importer.QUERY_ADDRESSES);
            return Optional.of(path);
        }
        Optional<String> problem = Aliases.problem(path);
        if (problem.isPresent()) {
            notes.add("old address " + path + " " + problem.get() + ": no alias");
            return Optional.empty();
        }
        notes.add("old address: " + path);
        return Optional.of(path);
    }

    /**
     * A mirrored file's path as the browser asked for it: without the ".html" that wget
     * --adjust-extension added ("/tin-tuc/a.aspx.html" is "/tin-tuc/a.aspx"), and with the "?"
     * of a query that wget saved as "@" ("/Default.aspx@tabid=87.html" is "/Default.aspx?tabid=87").
     */
    static String unadjusted(String path) {
        Matcher adjusted = WGET_EXTENSION.matcher(path);
        String asked = adjusted.find() ? path.substring(0, adjusted.end(1)) : path;
        // wget --restrict-file-names=windows, its default on Windows, saves "a.aspx?b=1" as "a.aspx@b=1".
        return WINDOWS_QUERY.matcher(asked).replaceFirst("$1?$2");
    }
}

package org.bangtin.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bangtin.content.Aliases;
import org.bangtin.content.FrontMatterWriter;
import org.bangtin.text.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The import's entry point ({@code bangtin import}): turns saved article pages of an existing
 * portal into notice files. Each page becomes {@code <out>/<year>/<slug>.md}, or
 * {@code <out>/<year>/<slug>/index.md} with its saved attachments and images beside it; its old
 * address goes into {@code aliases}. A page that is not an article, or was imported before, is
 * skipped with the reason; no page stops the import, and no file is ever replaced. Not thread-safe.
 */
public final class Importer {
    private static final Set<String> PAGES = Set.of("html", "htm", "shtml", "aspx", "asp", "php", "jsp");
    private static final Pattern SAVED_FROM = Pattern.compile("<!-- saved from url=\\(\\d+\\)(\\S+?) -->");

    private final ImportProfile profile;

    public Importer(ImportProfile profile) {
        this.profile = profile;
    }

    /** Imports every page of {@code inputs} (files, or folders searched for pages) into {@code out}. */
    public ImportReport run(List<Path> inputs, Path out) throws IOException {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        Set<Path> written = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path page : pages(input)) {
                    importPage(page, input, true, input.relativize(page).toString().replace('\\', '/'), out, written,
                            imported, skipped);
                }
            } else if (Files.isRegularFile(input)) {
                Path folder = input.toAbsolutePath().getParent();
                importPage(input.toAbsolutePath(), folder, false, input.toString(), out, written, imported, skipped);
            } else {
                skipped.add(new ImportReport.Skipped(input.toString(), "no such file or folder"));
            }
        }
        return new ImportReport(imported, skipped);
    }

    /** The pages of a folder (a mirror or a folder of saved pages), in name order; "*_files" folders left out. */
    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> PAGES.contains(PageLinks.extension(p.getFileName().toString())))
                    .filter(p -> {
                        Path relative = folder.relativize(p);
                        for (Path part : relative) {
                            if (part.toString().startsWith(".") || part.toString().endsWith("_files")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
    }

    private void importPage(Path file, Path inputRoot, boolean mirror, String shown, Path out, Set<Path> written,
            List<ImportReport.Imported> imported, List<ImportReport.Skipped> skipped) {
        try {
            Page page = read(file, inputRoot, mirror);
            if (page.skipReason() != null) {
                skipped.add(new ImportReport.Skipped(shown, page.skipReason()));
                return;
            }
            write(page, shown, out, written).ifPresentOrElse(imported::add,
                    () -> skipped.add(new ImportReport.Skipped(shown, "already imported: "
                            + page.slugPaths(out).stream().filter(Files::exists).findFirst().map(Path::toString).orElse("")
                            + " exists (import never replaces a file)")));
        } catch (IOException e) {
            skipped.add(new ImportReport.Skipped(shown, "cannot read or write: " + e.getMessage()));
        } catch (RuntimeException e) {
            skipped.add(new ImportReport.Skipped(shown, "cannot be read as a page: " + e));
        } catch (StackOverflowError e) {
            skipped.add(new ImportReport.Skipped(shown, "its elements are nested too deeply to be read"));
        }
    }

    /** A page read and converted, or the reason it is skipped. */
    private record Page(String skipReason, String title, String frontMatter, Map<Path, String> copies, int year,
            List<String> notes) {
        static Page skip(String reason) {
            return new Page(reason, null, null, Map.of(), 0, List.of());
        }

        List<Path> slugPaths(Path out) {
            String slug = Slugs.slugify(title).isEmpty() ? "tin" : Slugs.slugify(title);
            Path folder = out.resolve(String.valueOf(year));
            return List.of(folder.resolve(slug + ".md"), folder.resolve(slug).resolve("index.md"));
        }
    }

    private Page read(Path file, Path inputRoot, boolean mirror) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return Page.skip("empty file");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.indexOf('\0') >= 0 || head.indexOf('<') < 0) {
            return Page.skip("not an HTML page");
        }
        Document document = Jsoup.parse(file, null, "");
        URI oldUrl = oldUrl(document, head);
        List<String> notes = new ArrayList<>();
        ArticleReader.Article article;
        try {
            article = new ArticleReader(profile).read(document);
        } catch (ArticleReader.NotAnArticle e) {
            return Page.skip(e.getMessage());
        }
        PageLinks links = new PageLinks(inputRoot, file, oldUrl);
        StringBuilder markdown = new StringBuilder(new MarkdownConverter(links).convert(article.body()));
        outsideAttachments(document, article.body(), links, markdown);
        String text = article.title() + " " + article.body().text();
        DocumentFacts facts = DocumentFacts.find(text, article.posted().day());
        List<String> aliases = alias(oldUrl, mirror ? "/" + inputRoot.relativize(file).toString().replace('\\', '/') : null,
                notes);
        notes.addAll(links.notes());
        if (!facts.numbers().isEmpty()) {
            notes.add("document numbers in the text: " + String.join(", ", facts.numbers()));
        }
        String frontMatter = new FrontMatterWriter()
                .text("title", article.title())
                .plain("date", article.posted().frontMatter())
                .plain("updated", article.updated() == null ? null : article.updated().frontMatter())
                .text("author", article.author())
                .text("number", facts.number())
                .text("type", facts.type())
                .plain("issued", facts.issued() == null ? null : facts.issued().toString())
                .list("aliases", aliases)
                .attachments(links.attachments())
                .withBody(markdown.toString());
        if (article.author() == null) {
            notes.add("no author line found: add 'author:'");
        }
        return new Page(null, article.title(), frontMatter, links.copies(), article.posted().day().getYear(), notes);
    }

    /** Links to documents outside the article's text (an "attachments" box below it) are kept too. */
    private static void outsideAttachments(Document document, Element body, PageLinks links, StringBuilder markdown) {
        List<String> items = new ArrayList<>();
        int before = links.attachments().size();
        for (Element a : document.select("a[href]")) {
            if (a.parents().contains(body) || !PageLinks.DOCUMENTS.contains(PageLinks.extension(a.attr("href")))) {
                continue;
            }
            String text = a.text().strip().isEmpty() ? a.attr("href") : a.text().strip();
            int attachments = links.attachments().size();
            String target = links.link(a.attr("href").strip(), text);
            if (target != null && links.attachments().size() == attachments && attachments == before) {
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
     * The notice's old address for 'aliases': from the page's URL, else its place in a mirrored
     * folder ({@code mirrorPath}, null for a page given alone).
     */
    private static List<String> alias(URI oldUrl, String mirrorPath, List<String> notes) {
        String path;
        if (oldUrl != null) {
            if (oldUrl.getRawQuery() != null) {
                notes.add("old address " + oldUrl + " has a query, which a static host cannot redirect: no alias");
                return List.of();
            }
            path = oldUrl.getRawPath();
        } else if (mirrorPath != null) {
            path = mirrorPath;
        } else {
            notes.add("no old address found in the page: no alias");
            return List.of();
        }
        if (path == null || path.isEmpty() || path.equals("/")) {
            return List.of();
        }
        Optional<String> problem = Aliases.problem(path);
        if (problem.isPresent()) {
            notes.add("old address " + path + " " + problem.get() + ": no alias");
            return List.of();
        }
        notes.add("old address: " + path);
        return List.of(path);
    }

    private static Optional<ImportReport.Imported> write(Page page, String shown, Path out, Set<Path> written)
            throws IOException {
        List<Path> paths = page.slugPaths(out);
        String slug = paths.get(0).getFileName().toString().replaceFirst("\\.md$", "");
        Path folder = paths.get(0).getParent();
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            Path single = folder.resolve(name + ".md");
            Path bundle = folder.resolve(name).resolve("index.md");
            boolean taken = Files.exists(single) || Files.exists(bundle);
            boolean ours = written.contains(single) || written.contains(bundle);
            if (taken && !ours) {
                return Optional.empty();
            }
            if (taken) {
                continue;
            }
            Path target = page.copies().isEmpty() ? single : bundle;
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, page.frontMatter(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                return Optional.empty();
            }
            written.add(target);
            List<String> notes = new ArrayList<>(page.notes());
            for (Map.Entry<Path, String> copy : page.copies().entrySet()) {
                Files.copy(copy.getKey(), target.getParent().resolve(copy.getValue()));
                notes.add("copied " + copy.getKey().getFileName() + " as " + copy.getValue());
            }
            return Optional.of(new ImportReport.Imported(shown, out.relativize(target).toString().replace('\\', '/'), notes));
        }
    }
}

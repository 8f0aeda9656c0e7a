package org.bangtin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The import's entry point ({@code bangtin import}): turns saved article pages of an existing
 * portal into notice files. Each page becomes {@code <out>/<year>/<slug>.md}, or
 * {@code <out>/<year>/<slug>/index.md} with its saved attachments and images beside it; its old
 * address goes into {@code aliases}. A page that is not an article, or was imported before, is
 * skipped with the reason; no page stops the import, and no file is ever replaced. Not thread-safe.
 */
public final class Importer {
    /** The extensions of saved pages. */
    static final Set<String> PAGES = Set.of("html", "htm", "shtml", "aspx", "asp", "php", "jsp");

    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?::\\d+)?");

    /** The table of old addresses with a query, in the output folder. */
    public static final String QUERY_ADDRESSES = "redirects-from-query.txt";
    private static final String QUERY_TABLE_HEADER = """
            # Old addresses with a query, which a static host cannot serve: redirect them in the web server.
            # Each line: the old address (path and query, from the host's root), a tab, and the notice file
            # (relative to this folder) that holds the page now; the notice keeps the address as 'old-url'.
            # bangtin import adds to this table on each run and keeps the lines of earlier runs.
            """;

    /** How many pages of one run with one title make it worth a check. */
    private static final int SAME_TITLE_PAGES = 3;
    private static final int SHOWN_PAGES = 3;

    private final ImportProfile profile;

    public Importer(ImportProfile profile) {
        this.profile = profile;
    }

    /** Imports every page of {@code inputs} (files, or folders searched for pages) into {@code out}. */
    public ImportReport run(List<Path> inputs, Path out) throws IOException {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        NoticeFiles files = new NoticeFiles();
        List<String> queryAddresses = new ArrayList<>();
        Map<String, Integer> articles = new HashMap<>();
        for (Path input : inputs) {
            Optional<Path> host = Files.isDirectory(input) ? hostFolder(input) : Optional.empty();
            if (host.isPresent()) {
                skipped.add(new ImportReport.Skipped(input.toString(), "the pages are under " + host.get()
                        + ": give that folder, so that the pages' places in it are their old addresses"));
            } else if (Files.isDirectory(input)) {
                for (Path page : pages(input)) {
                    importPage(page, input, true, input.relativize(page).toString().replace('\\', '/'), out, files,
                            new Run(imported, skipped, queryAddresses, articles));
                }
            } else if (Files.isRegularFile(input)) {
                Path folder = input.toAbsolutePath().getParent();
                importPage(input.toAbsolutePath(), folder, false, input.toString(), out, files,
                        new Run(imported, skipped, queryAddresses, articles));
            } else {
                skipped.add(new ImportReport.Skipped(input.toString(), "no such file or folder"));
            }
        }
        List<String> checks = new ArrayList<>(sameTitles(imported, files));
        if (!queryAddresses.isEmpty()) {
            int listed = writeQueryAddresses(out, queryAddresses);
            checks.add(queryAddresses.size() + (queryAddresses.size() == 1 ? " old address" : " old addresses")
                    + " with a query (?...) cannot be served by a static host: listed in "
                    + out.resolve(QUERY_ADDRESSES) + " (" + listed + " in all), for the web server to redirect");
        }
        return new ImportReport(imported, skipped, checks);
    }

    /**
     * Adds the old addresses with a query to the table in {@code out}, keeping those of earlier
     * runs; returns how many it lists.
     */
    private static int writeQueryAddresses(Path out, List<String> lines) throws IOException {
        Path table = out.resolve(QUERY_ADDRESSES);
        Set<String> rows = new TreeSet<>();
        if (Files.exists(table)) {
            Files.readAllLines(table, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .forEach(rows::add);
        }
        rows.addAll(lines);
        StringBuilder text = new StringBuilder(QUERY_TABLE_HEADER);
        rows.forEach(row -> text.append(row).append('\n'));
        Files.createDirectories(out);
        Files.writeString(table, text, StandardCharsets.UTF_8);
        return rows.size();
    }

    /**
     * A title taken for many pages is often the heading of a box of the layout that the profile's
     * 'title' selectors match, rather than each article's own.
     */
    private static List<String> sameTitles(List<ImportReport.Imported> imported, NoticeFiles files) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (ImportReport.Imported page : imported) {
            pages.computeIfAbsent(files.title(page.notice()), t -> new ArrayList<>()).add(page.source());
        }
        List<String> checks = new ArrayList<>();
        pages.forEach((title, sources) -> {
            if (title != null && sources.size() >= SAME_TITLE_PAGES) {
                checks.add("the title \"" + title + "\" was taken for " + sources.size() + " pages (" + String.join(", ",
                        sources.subList(0, SHOWN_PAGES)) + (sources.size() > SHOWN_PAGES ? ", ..." : "")
                        + "): if they are different articles, the profile's 'title' selectors match a heading of the"
                        + " layout; give the article's own in --profile");
            }
        });
        return checks;
    }

    /**
     * The one folder of {@code folder}, when it is named like a host ("ubnd-cu.example.gov.vn", as
     * wget names a mirror) and {@code folder} has no pages of its own: a mirror given one level too high.
     */
    private static Optional<Path> hostFolder(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            boolean pages = all.stream().anyMatch(p -> Files.isRegularFile(p)
                    && PAGES.contains(PageLinks.extension(p.getFileName().toString())));
            List<Path> folders = all.stream().filter(Files::isDirectory).toList();
            return !pages && folders.size() == 1 && HOST.matcher(folders.get(0).getFileName().toString()).matches()
                    ? Optional.of(folders.get(0)) : Optional.empty();
        }
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

    /**
     * What a run found so far: pages imported and skipped, old addresses with a query, and the
     * article of each imported page (title and text) with its place in {@code imported}.
     */
    private record Run(List<ImportReport.Imported> imported, List<ImportReport.Skipped> skipped, List<String> queryAddresses,
            Map<String, Integer> articles) {
    }

    private void importPage(Path file, Path inputRoot, boolean mirror, String shown, Path out, NoticeFiles files, Run run) {
        try {
            Optional<String> document = SavedDownloads.documentExtension(file);
            if (document.isPresent()) {
                // A download handler's answer saved under a page's name ("DownloadFile.aspx?FileID=12").
                run.skipped().add(new ImportReport.Skipped(shown, "a document (" + document.get() + "), not a page: the"
                        + " pages that link it attach it"));
                return;
            }
            ConvertedPage page = new PageConverter(profile).convert(file, inputRoot, mirror);
            if (page.skipReason() != null) {
                run.skipped().add(new ImportReport.Skipped(shown, page.skipReason()));
                return;
            }
            Integer same = run.articles().get(page.article());
            if (same != null) {
                sameArticle(page, shown, out, run, same);
                return;
            }
            NoticeFiles.Outcome outcome = files.write(page, shown, out);
            if (outcome.sameArticle() != null) {
                sameArticleBefore(page, shown, out, outcome, run);
                return;
            }
            if (outcome.imported() == null) {
                run.skipped().add(new ImportReport.Skipped(shown, "already imported: " + outcome.existing()
                        + " exists (import never replaces a file)"));
                return;
            }
            run.articles().put(page.article(), run.imported().size());
            run.imported().add(outcome.imported());
            if (page.queryAddress() != null) {
                run.queryAddresses().add(page.queryAddress() + "\t" + outcome.imported().notice());
            }
        } catch (IOException e) {
            run.skipped().add(new ImportReport.Skipped(shown, "cannot read or write: " + e.getMessage()));
        } catch (RuntimeException e) {
            run.skipped().add(new ImportReport.Skipped(shown, "cannot be read as a page: " + e));
        } catch (StackOverflowError e) {
            run.skipped().add(new ImportReport.Skipped(shown, "its elements are nested too deeply to be read"));
        }
    }

    /**
     * A page with the title and Markdown of a notice an earlier run wrote, at an old address that
     * notice does not have (the article saved under a second address since): no "-2" notice; the
     * address goes to that notice's aliases, or, with a query, to the table of such addresses.
     */
    private static void sameArticleBefore(ConvertedPage page, String shown, Path out, NoticeFiles.Outcome outcome, Run run) {
        String notice = out.relativize(outcome.existing()).toString().replace('\\', '/');
        List<String> done = new ArrayList<>();
        if (page.queryAddress() != null) {
            run.queryAddresses().add(page.queryAddress() + "\t" + notice);
            done.add("its address " + page.queryAddress() + " is listed in " + QUERY_ADDRESSES + " for " + notice);
        }
        NoticeFiles.SameArticle same = outcome.sameArticle();
        if (!same.added().isEmpty()) {
            done.add("its address " + String.join(", ", same.added()) + " is added to " + notice + "'s aliases");
        }
        if (!same.notAdded().isEmpty()) {
            done.add("add " + String.join(", ", same.notAdded()) + " to " + notice + "'s aliases by hand (its 'aliases'"
                    + " is not in the form the import writes, a list with one \"  - \" line each)");
        }
        if (done.isEmpty()) {
            done.add("it has no old address to add to " + notice);
        }
        run.skipped().add(new ImportReport.Skipped(shown, "same article as " + notice + ", imported before: "
                + String.join("; ", done)));
    }

    /**
     * A page with the title and text of one imported before in this run (one article under two
     * addresses): no second notice, whose near-duplicate an editor would delete with its redirect;
     * its old address goes to the first one's notice, which this run wrote.
     */
    private static void sameArticle(ConvertedPage page, String shown, Path out, Run run, int first) throws IOException {
        ImportReport.Imported notice = run.imported().get(first);
        String query = page.queryAddress();
        List<String> aliases = page.oldAddresses().stream().filter(a -> !a.contains("?")).toList();
        Path file = out.resolve(notice.notice());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String alias : aliases) {
            text = ConvertedPage.withAlias(text, alias);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (query != null) {
            run.queryAddresses().add(query + "\t" + notice.notice());
        }
        String where = query != null ? "its address " + query + " is listed in " + QUERY_ADDRESSES + " for "
                + notice.notice() : aliases.isEmpty() ? "it has no old address to add to " + notice.notice()
                : "its address " + String.join(", ", aliases) + " is added to " + notice.notice() + "'s aliases";
        run.skipped().add(new ImportReport.Skipped(shown, "same article as " + notice.source() + ": " + where));
        List<String> notes = new ArrayList<>(notice.notes());
        notes.add("same article as " + shown + ": " + where);
        run.imported().set(first, new ImportReport.Imported(notice.source(), notice.notice(), notes));
    }

}

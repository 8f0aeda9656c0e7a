package org.bangtin.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    private final ImportProfile profile;

    public Importer(ImportProfile profile) {
        this.profile = profile;
    }

    /** Imports every page of {@code inputs} (files, or folders searched for pages) into {@code out}. */
    public ImportReport run(List<Path> inputs, Path out) throws IOException {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        NoticeFiles files = new NoticeFiles();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path page : pages(input)) {
                    importPage(page, input, true, input.relativize(page).toString().replace('\\', '/'), out, files,
                            imported, skipped);
                }
            } else if (Files.isRegularFile(input)) {
                Path folder = input.toAbsolutePath().getParent();
                importPage(input.toAbsolutePath(), folder, false, input.toString(), out, files, imported, skipped);
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

    private void importPage(Path file, Path inputRoot, boolean mirror, String shown, Path out, NoticeFiles files,
            List<ImportReport.Imported> imported, List<ImportReport.Skipped> skipped) {
        try {
            ConvertedPage page = new PageConverter(profile).convert(file, inputRoot, mirror);
            if (page.skipReason() != null) {
                skipped.add(new ImportReport.Skipped(shown, page.skipReason()));
                return;
            }
            files.write(page, shown, out).ifPresentOrElse(imported::add,
                    () -> skipped.add(new ImportReport.Skipped(shown, "already imported: "
                            + page.paths(out).stream().filter(Files::exists).findFirst().map(Path::toString).orElse("")
                            + " exists (import never replaces a file)")));
        } catch (IOException e) {
            skipped.add(new ImportReport.Skipped(shown, "cannot read or write: " + e.getMessage()));
        } catch (RuntimeException e) {
            skipped.add(new ImportReport.Skipped(shown, "cannot be read as a page: " + e));
        } catch (StackOverflowError e) {
            skipped.add(new ImportReport.Skipped(shown, "its elements are nested too deeply to be read"));
        }
    }

}

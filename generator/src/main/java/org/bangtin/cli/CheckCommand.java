package org.bangtin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bangtin check}: builds the site into a temporary folder, strictly, and reports every
 * broken internal link, missing anchor and missing attachment with its file and line. Nothing
 * is left behind but the cache of read PDFs, which it shares with {@code build} (under
 * {@code CONTENT-DIR/target/}): the temporary folder is deleted.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the site in CONTENT-DIR without publishing it.",
            "Builds it into a temporary folder and reports every broken internal link, missing anchor (#...)"
                + " and missing attachment as file:line: message, strictly: exit code 1 when there is any such"
                + " problem, any other warning or any error."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT-DIR", defaultValue = ".",
            description = "Folder with site.yml and the notices (default: the current folder).")
    Path contentDir;

    @Option(names = "--drafts", description = "Also check notices marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--now", paramLabel = "DATE", converter = ClockConverter.class,
            description = "Check the site as it will be at DATE (2026-12-01 or 2026-12-01T08:30, site's time zone).")
    LocalDateTime now;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path temp = Files.createTempDirectory("bangtin-check");
        try {
            BuildRequest request = BuildRequest.builder().contentDir(contentDir).outputDir(temp.resolve("site"))
                    .includeDrafts(drafts).now(now).strict(true).build();
            BuildResult result = SiteBuilder.create().build(request);
            Reporting.problems(result, contentDir, err, false); // strict: every problem is an error, none grouped
            if (!result.succeeded()) {
                err.printf("Check failed: %s.%n", Reporting.counts(result, contentDir));
                err.flush();
                return result.status() == BuildResult.Status.CONTENT_ERRORS ? 1 : 2;
            }
            out.printf("No broken links: %s and %s checked%s.%n", Reporting.count(result.notices(), "notice"),
                    Reporting.count(result.pages(), "page"),
                    result.warningCount() > 0 ? " (" + Reporting.count(result.warningCount(), "warning") + ")" : "");
            out.flush();
            return 0;
        } finally {
            delete(temp);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

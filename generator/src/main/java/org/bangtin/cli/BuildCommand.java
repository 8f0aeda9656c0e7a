package org.bangtin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.InterruptGuard;
import org.bangtin.SiteBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bangtin build}: one full build, its problems and a one-line summary. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the site in CONTENT-DIR into the output folder.",
            "The new site replaces the output folder only when the build has no error; otherwise every"
                + " problem is listed as file:line: message and the previous output stays untouched."
        })
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT-DIR", defaultValue = ".",
            description = "Folder with site.yml and the notices (default: the current folder).")
    Path contentDir;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT-DIR",
            description = "Output folder (default: CONTENT-DIR/target/site). bangtin only replaces a folder it created.")
    Path outputDir;

    @Option(names = "--drafts", description = "Also publish notices marked 'draft: true' (for previews).")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Use this base URL instead of site.yml's baseUrl (e.g. https://staging.example.gov.vn/tin).")
    String baseUrl;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where what is read from attached PDFs (text, page count, preview) is kept between builds "
                    + "(default: CONTENT-DIR/target/bangtin-cache).")
    Path cacheDir;

    @Option(names = "--access-log", paramLabel = "FILE", arity = "1..*",
            description = "Web server access logs (Combined Log Format, plain or .gz) whose page views the pages show.")
    java.util.List<Path> accessLogs = new java.util.ArrayList<>();

    @Option(names = "--now", paramLabel = "DATE", converter = ClockConverter.class,
            description = "Build as if it were DATE (2026-12-01 or 2026-12-01T08:30, in the site's time zone): "
                    + "for previews of scheduled notices and for tests.")
    java.time.LocalDateTime now;

    @Option(names = "--strict", description = "Fail the build on warnings too: document checks, broken internal links, missing anchors and others.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "List every warning (one repeated for many files is otherwise"
            + " shown for the first 3 and counted), and show the time of each phase and stack traces of internal errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, no progress or summary.")
    boolean quiet;

    @Override
    public Integer call() {
        try (InterruptGuard guard = new InterruptGuard()) {
            return build(guard);
        }
    }

    private int build(InterruptGuard guard) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path output = outputDir != null ? outputDir : contentDir.resolve("target").resolve("site");
        BuildRequest request = BuildRequest.builder()
                .cancelWhen(guard::interrupted)
                .contentDir(contentDir)
                .outputDir(output)
                .includeDrafts(drafts)
                .baseUrl(baseUrl, "the --base-url option")
                .strict(strict)
                .accessLogs(accessLogs)
                .now(now)
                .cacheDir(cacheDir)
                .progress(quiet || !ProgressLine.onTerminal() ? org.bangtin.ProgressListener.NONE : new ProgressLine(err))
                .build();
        BuildResult result = SiteBuilder.create().build(request);
        if (result.status() == BuildResult.Status.CANCELLED) {
            err.println("Interrupted: the previous output in " + result.output() + " is unchanged.");
            err.flush();
            return 130; // as a shell reports a command stopped by Ctrl-C
        }
        Reporting.problems(result, contentDir, err, verbose);
        if (!result.succeeded()) {
            err.println("Build failed: " + Reporting.counts(result, contentDir) + "."
                    + (result.status() == BuildResult.Status.CONTENT_ERRORS
                            ? " The previous output in " + result.output() + " is unchanged." : ""));
            err.flush();
            return result.status() == BuildResult.Status.CONTENT_ERRORS ? 1 : 2;
        }
        if (!quiet) {
            out.printf(Locale.ROOT, "Built %s: %s, %s in %.1f s%s -> %s%n", Reporting.count(result.notices(), "notice"),
                    Reporting.count(result.pages(), "page"), Reporting.count(result.files(), "file"), result.duration().toMillis() / 1000.0,
                    result.warningCount() > 0 ? " (" + Reporting.count(result.warningCount(), "warning") + ")" : "",
                    result.output());
            if (!result.pdfs().line().isEmpty()) {
                out.println("  " + result.pdfs().line());
            }
            if (verbose) {
                result.phaseTimes().forEach((phase, time) -> out.printf(Locale.ROOT, "  %-9s %6d ms%n", phase, time.toMillis()));
            }
        }
        out.flush();
        return 0;
    }
}

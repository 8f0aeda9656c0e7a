package org.bangtin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bangtin.BuildResult;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.ProblemReport;

/**
 * Prints a build's problems as "file:line: severity: message" lines with their hints: warnings
 * first, errors last, so that a long list of warnings does not hide the error that failed the build.
 *
 * <p>A warning told in the same words for many files (60 notices without an author) is shown for
 * the first {@link #SHOWN_OF_A_KIND} files, then counted on one line: the rest of the list stays
 * readable. Errors are never grouped, and {@code --verbose} lists every warning.
 */
final class Reporting {
    /** Warnings of one text shown in full before the rest are counted. */
    static final int SHOWN_OF_A_KIND = 3;
    /** A warning is grouped only when at least this many files have it: a few are listed whole. */
    private static final int GROUPED_FROM = SHOWN_OF_A_KIND + 3;

    private Reporting() {
    }

    /** @param verbose list every warning, also those grouped otherwise */
    static void problems(BuildResult result, Path contentDir, PrintWriter err, boolean verbose) {
        List<Diagnostic> problems = ProblemReport.errorsLast(result.problems());
        Map<String, Long> repeats = verbose ? Map.of() : problems.stream().filter(p -> !p.isError())
                .collect(Collectors.groupingBy(Diagnostic::message, Collectors.counting()));
        Map<String, Integer> shown = new HashMap<>();
        for (Diagnostic problem : problems) {
            long times = problem.isError() ? 1 : repeats.getOrDefault(problem.message(), 1L);
            if (times < GROUPED_FROM) {
                err.println(problem.withFileUnder(contentDir).format());
                continue;
            }
            int count = shown.merge(problem.message(), 1, Integer::sum);
            if (count <= SHOWN_OF_A_KIND) {
                err.println(problem.withFileUnder(contentDir).format());
            }
            if (count == SHOWN_OF_A_KIND) {
                err.println("… and " + (times - SHOWN_OF_A_KIND) + " more with the same warning: " + problem.message()
                        + " (run with --verbose to list them all)");
            }
        }
        err.flush();
    }

    /** The counts of a failed build's summary, naming the files with errors: "1 error (a.md:3), 60 warnings". */
    static String counts(BuildResult result, Path contentDir) {
        String files = ProblemReport.failingFiles(result.problems(), contentDir);
        return count(result.errorCount(), "error") + (files.isEmpty() ? "" : " (" + files + ")") + ", "
                + count(result.warningCount(), "warning");
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

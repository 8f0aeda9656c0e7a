package org.bangtin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.bangtin.BuildResult;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.ProblemReport;

/**
 * Prints a build's problems as "file:line: severity: message" lines with their hints: warnings
 * first, errors last, so that a long list of warnings does not hide the error that failed the build.
 */
final class Reporting {
    private Reporting() {
    }

    static void problems(BuildResult result, Path contentDir, PrintWriter err) {
        for (Diagnostic problem : ProblemReport.errorsLast(result.problems())) {
            err.println(problem.withFileUnder(contentDir).format());
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

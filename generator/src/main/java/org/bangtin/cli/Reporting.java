package org.bangtin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.bangtin.BuildResult;
import org.bangtin.diag.Diagnostic;

/** Prints a build's problems as "file:line: severity: message" lines with their hints. */
final class Reporting {
    private Reporting() {
    }

    static void problems(BuildResult result, Path contentDir, PrintWriter err) {
        for (Diagnostic problem : result.problems()) {
            err.println(problem.withFileUnder(contentDir).format());
        }
        err.flush();
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

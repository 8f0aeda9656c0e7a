package org.bangtin.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build, so that a build reports all of them together instead of
 * stopping at the first. Thread-safe: stages that work in parallel report into one collector.
 */
public final class Diagnostics {
    private final List<Diagnostic> problems = new ArrayList<>();

    public synchronized void report(Diagnostic problem) {
        problems.add(problem);
    }

    public void error(Path file, int line, String message, String hint) {
        report(Diagnostic.error(file, line, message, hint));
    }

    public void warning(Path file, int line, String message, String hint) {
        report(Diagnostic.warning(file, line, message, hint));
    }

    public void note(Path file, int line, String message, String hint) {
        report(new Diagnostic(Severity.NOTE, file, line, 0, message, hint));
    }

    public synchronized void addAll(List<Diagnostic> more) {
        problems.addAll(more);
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    /** Makes every warning so far an error (a strict build: warnings fail it too). */
    public synchronized void promoteWarnings() {
        problems.replaceAll(d -> d.isError() ? d
                : new Diagnostic(Severity.ERROR, d.file(), d.line(), d.column(), d.message(), d.hint()));
    }

    /** Every problem so far, in report order (file, line, column), without duplicates. */
    public synchronized List<Diagnostic> sorted() {
        return problems.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}

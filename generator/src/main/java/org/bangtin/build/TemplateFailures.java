package org.bangtin.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;

/**
 * The template problems of a build's pages, each told once with a page it stopped: a template
 * line that fails only on some notices (a value one notice lacks) names its template, but the
 * theme's author also needs to know which page to look at. Thread-safe.
 */
final class TemplateFailures {
    /** The first page (by its output file) a problem stopped, and how many it stopped. */
    private record Pages(String first, int count) {
        Pages with(Pages other) {
            return new Pages(first.compareTo(other.first) <= 0 ? first : other.first, count + other.count);
        }
    }

    private final Map<Diagnostic, Pages> failures = new ConcurrentHashMap<>();

    /** {@code problem} stopped the page written at {@code outputFile} ("2019/03/x/index.html"). */
    void add(Diagnostic problem, String outputFile) {
        failures.merge(problem, new Pages(outputFile, 1), Pages::with);
    }

    /** Reports each problem once, with the first page it stopped and how many more. */
    void reportTo(Diagnostics problems) {
        failures.forEach((problem, pages) -> problems.report(new Diagnostic(problem.severity(), problem.file(),
                problem.line(), problem.column(), problem.message() + " (on the page /" + pages.first().replaceFirst(
                        "index\\.html$", "") + (pages.count() > 1 ? " and " + (pages.count() - 1) + " more" : "") + ")",
                problem.hint())));
    }
}

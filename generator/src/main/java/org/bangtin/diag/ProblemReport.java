package org.bangtin.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a build's problems are shown to a person. A build may have a hundred warnings and one error:
 * printed in file order, the error scrolls away among them. So errors come last, where the eye
 * lands when the build ends, and the summary names the files that failed.
 */
public final class ProblemReport {
    /** Files named in a summary before "and N more files". */
    static final int FILES_NAMED = 3;

    private ProblemReport() {
    }

    /** Notes and warnings first, then the errors, each group in the order given (file and line). */
    public static List<Diagnostic> errorsLast(List<Diagnostic> problems) {
        List<Diagnostic> ordered = new ArrayList<>(problems.stream().filter(d -> !d.isError()).toList());
        ordered.addAll(problems.stream().filter(Diagnostic::isError).toList());
        return ordered;
    }

    /**
     * The files with errors, each at its first error's line and under {@code folder} as the user
     * named it: "notices/a.md:3, site.yml:2 and 4 more files"; "" when no error names a file.
     */
    public static String failingFiles(List<Diagnostic> problems, Path folder) {
        Map<Path, String> firstErrors = new LinkedHashMap<>();
        problems.stream().filter(d -> d.isError() && d.file() != null).map(d -> d.withFileUnder(folder))
                .forEach(d -> firstErrors.putIfAbsent(d.file(), d.location()));
        List<String> places = new ArrayList<>(firstErrors.values());
        if (places.size() <= FILES_NAMED) {
            return String.join(", ", places);
        }
        int more = places.size() - FILES_NAMED;
        return String.join(", ", places.subList(0, FILES_NAMED)) + " and " + more + " more file" + (more == 1 ? "" : "s");
    }
}

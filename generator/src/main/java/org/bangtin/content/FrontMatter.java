package org.bangtin.content;

import java.nio.file.Path;
import java.util.Optional;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;

/**
 * A notice file split into its YAML front matter and its Markdown body. The front matter opens
 * with a line '---' on the file's first line and closes with the next '---' (or '...') line.
 *
 * @param yaml      the YAML text, which starts on the file's line 2
 * @param text      the whole file's text
 * @param bodyStart where in {@code text} the Markdown after the closing line begins
 * @param bodyLine  the file's line number of the body's first line
 */
record FrontMatter(String yaml, String text, int bodyStart, int bodyLine) {
    static final int YAML_FIRST_LINE = 2;

    static Optional<FrontMatter> split(String text, Path file, Diagnostics problems) {
        if (text.isBlank()) {
            problems.error(file, 1, "the file is empty", "write the notice's front matter and text in it"
                    + " ('---', 'title:' and 'date:' lines, '---', then the text), or delete the file");
            return Optional.empty();
        }
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            problems.error(file, 1, "the file does not start with front matter",
                    "begin the file with a '---' line, then 'title:' and 'date:' lines, then another '---' line");
            return Optional.empty();
        }
        int lineStart = 4;
        int line = YAML_FIRST_LINE;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(4, lineStart);
                return Optional.of(new FrontMatter(yaml, text, lineEnd < 0 ? text.length() : lineEnd + 1, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        problems.error(file, 1, "the front matter is not closed",
                "add a '---' line after the last front matter field, before the text of the notice");
        return Optional.empty();
    }

    /**
     * The error for {@code line}, which cannot be a field (it is {@code what}): most likely the
     * notice's text, with the front matter's closing '---' forgotten above it.
     */
    Diagnostic notClosedAbove(Path file, int line, String what) {
        int last = lastFieldLineBefore(line);
        String where = last < YAML_FIRST_LINE ? "line 1 (the opening '---')" : "line " + last + " (the last field)";
        return Diagnostic.error(file, line, what + ": the front matter seems not to be closed",
                "add a '---' line after " + where + ", before the text of the notice");
    }

    /** The last line before {@code line} that is not blank, 1 (the opening line) if none is. */
    private int lastFieldLineBefore(int line) {
        String[] lines = yaml.split("\n", -1);
        for (int i = Math.min(line - YAML_FIRST_LINE, lines.length) - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i + YAML_FIRST_LINE;
            }
        }
        return 1;
    }

    /** The Markdown after the closing line. */
    String body() {
        return text.substring(bodyStart);
    }
}

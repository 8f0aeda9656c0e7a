package org.bangtin.config;

import java.nio.file.Path;
import java.util.Optional;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Severity;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML syntax error told in an editor's words, at the line to fix. snakeyaml reports an
 * unclosed '[' or quote, and a line that is no 'name: value' line, where it gave up (often the
 * end of the front matter); the line where the editor went wrong is its context mark.
 */
final class YamlSyntaxError {
    private static final String CURLY_QUOTES = "“”‘’";

    private YamlSyntaxError() {
    }

    static Diagnostic of(MarkedYamlEngineException e, String yaml, Path file, int firstLine, YamlMapping.StrayLine strayLine) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Optional<Mark> opened = e.getContextMark();
        if (opened.isPresent()) {
            int line = opened.get().getLine() + firstLine;
            int column = opened.get().getColumn() + 1;
            if (context.equals("while parsing a flow sequence") && problem.startsWith("expected ',' or ']'")) {
                return unclosed(file, line, column, "the list opened with '[' on line " + line + " is not closed with ']'",
                        "end the list with ']' on the same line, as in 'tags: [\"một\", \"hai\"]'; put an item that"
                                + " holds ',' or ']' in quotes");
            }
            if (context.equals("while parsing a flow mapping") && problem.startsWith("expected ',' or '}'")) {
                return unclosed(file, line, column, "the group opened with '{' on line " + line + " is not closed with '}'",
                        "end it with '}' on the same line, or write its fields on indented lines without '{'");
            }
            if (context.equals("while scanning a quoted scalar") && problem.contains("end of stream")) {
                String quote = charAt(opened.get());
                return unclosed(file, line, column, "the text opened with " + quote(quote) + " on line " + line
                        + " is not closed with " + quote(quote), "end the value with another " + quote(quote)
                        + " on the same line; inside \"...\" write a '\"' of the text as \\\"");
            }
            if (context.equals("while scanning a simple key") && problem.contains("could not find expected ':'")) {
                return strayLine.explain(line).atColumn(column);
            }
        }
        int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
        int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
        String text = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        return new Diagnostic(Severity.ERROR, file, line, column,
                "malformed YAML: " + (context.isEmpty() ? "" : context + ": ") + text, hint(yaml, line - firstLine));
    }

    /** The usual hint, or what to do about curly quotes, which YAML takes as letters, on the line. */
    private static String hint(String yaml, int index) {
        String[] lines = yaml.split("\n", -1);
        if (index >= 0 && index < lines.length && lines[index].chars().anyMatch(c -> CURLY_QUOTES.indexOf(c) >= 0)) {
            return "curly quotes “…” do not quote a value in YAML: write straight quotes, as in 'title: \"Lưu ý: ...\"'";
        }
        return "check the indentation and quote values that contain ':' or start with '[', '{', '*', '&' or '#'";
    }

    private static Diagnostic unclosed(Path file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, column, message, hint);
    }

    /** The character a mark points at (its buffer holds code points). */
    private static String charAt(Mark mark) {
        int[] buffer = mark.getBuffer();
        return buffer != null && mark.getPointer() < buffer.length ? Character.toString(buffer[mark.getPointer()]) : "\"";
    }

    private static String quote(String mark) {
        return mark.equals("'") ? "\"'\"" : "'" + mark + "'";
    }
}

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
    /** Curly quotes, which YAML takes as letters, are the likeliest cause of any error on their line. */
    private static final String CURLY_QUOTES_HINT = "curly quotes “…” do not quote a value in YAML: write straight"
            + " quotes, as in 'title: \"Lưu ý: ...\"'";
    private static final String QUOTE_HINT = "check the indentation and quote values that contain ':' or start with"
            + " '[', '{', '*', '&' or '#'";

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
        String lineText = lineAt(yaml, line - firstLine);
        if (problem.equals("expected <block end>, but found '<scalar>'")) {
            // A quoted value may run over several lines in YAML: one left open swallows the lines
            // after it, and the error comes where its quote seems to close, lines later.
            int openLine = lineWithOpenQuote(yaml, line - firstLine);
            if (openLine >= 0) {
                return unclosed(file, openLine + firstLine, lineAt(yaml, openLine).indexOf('"') + 1, "the text opened with '\"'"
                        + " on line " + (openLine + firstLine) + " is not closed on that line", "end the value with"
                        + " another '\"' on the same line; inside \"...\" write a '\"' of the text as \\\"");
            }
        }
        String[] plain = plainWords(problem, lineText, column);
        if (plain != null) {
            String hint = hasCurlyQuotes(lineText) ? CURLY_QUOTES_HINT : plain[1];
            return new Diagnostic(Severity.ERROR, file, line, column, "malformed YAML: " + plain[0], hint);
        }
        // Nothing better to say: snakeyaml's words, which at least name what it met.
        String text = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        return new Diagnostic(Severity.ERROR, file, line, column,
                "malformed YAML: " + (context.isEmpty() ? "" : context + ": ") + text,
                hasCurlyQuotes(lineText) ? CURLY_QUOTES_HINT : QUOTE_HINT);
    }

    /**
     * snakeyaml's usual complaints ("mapping values are not allowed here") as {message, hint} in
     * an editor's words, by what the line shows; null for the rare others.
     */
    private static String[] plainWords(String problem, String line, int column) {
        String quote = "put the whole value in quotes, as in 'summary: \"Lưu ý: hạn chót ngày 30\"'";
        if (problem.equals("mapping values are not allowed here")) {
            int firstColon = line.indexOf(": ") + 1;
            if (Character.isWhitespace(line.isEmpty() ? 'x' : line.charAt(0)) && column == firstColon) {
                return new String[] {"this line is indented more than the line above it, so it is read as part of"
                        + " that line's value", "start each field at the beginning of its line, without spaces before it"};
            }
            return new String[] {"the value holds ': ', which is read as the start of another field", quote};
        }
        if (problem.startsWith("found character '\\t(TAB)'")) {
            return new String[] {"a tab character: the front matter and site.yml are indented with spaces only",
                    "replace the tab with spaces"};
        }
        if (problem.startsWith("found character '") && problem.contains("that cannot start any token")) {
            String character = problem.substring("found character '".length(), problem.indexOf('\'', 17));
            return new String[] {"a value cannot begin with '" + character + "' unless it is in quotes", quote};
        }
        if (problem.startsWith("found undefined alias") || problem.startsWith("unexpected character found *")) {
            return new String[] {"a value cannot begin with '*' unless it is in quotes", quote};
        }
        if (problem.startsWith("expected chomping or indentation indicators")) {
            return new String[] {"a value cannot begin with '|' or '>' followed by text unless it is in quotes", quote};
        }
        if (problem.equals("expected <block end>, but found '<scalar>'") && valueOf(line).startsWith("[")) {
            return new String[] {"a value that begins with '[' is read as a list, and text follows its ']'",
                    "put the whole value in quotes, as in 'title: \"[Khẩn] Thông báo ...\"'"};
        }
        if (problem.equals("expected <block end>, but found '<scalar>'")) {
            return new String[] {"text follows the value's closing quote: the quotes must hold the whole value",
                    quote + "; inside \"...\" write a '\"' of the text as \\\""};
        }
        if (problem.equals("expected <block end>, but found ']'") || problem.equals("expected <block end>, but found '}'")) {
            String bracket = problem.substring(problem.length() - 2, problem.length() - 1);
            return new String[] {"a '" + bracket + "' that closes nothing", "delete it, or " + quote};
        }
        if (problem.startsWith("expected <block end>")) {
            return new String[] {"this line's indentation does not match the lines above it",
                    "start each field at the beginning of its line; indent the items of a list ('- ...') equally"};
        }
        return null;
    }

    /** The value after a line's "name:", or the line itself. */
    private static String valueOf(String line) {
        int colon = line.indexOf(':');
        return (colon < 0 ? line : line.substring(colon + 1)).strip();
    }

    /**
     * The index of the first line up to {@code last} whose value opens a '"' it does not close, or
     * -1: a line with an odd number of quotes, not counting those written \".
     */
    private static int lineWithOpenQuote(String yaml, int last) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i <= last && i < lines.length; i++) {
            String value = valueOf(lines[i]).replace("\\\\", "").replace("\\\"", "");
            if (value.startsWith("\"") && value.chars().filter(c -> c == '"').count() % 2 == 1) {
                return i;
            }
        }
        return -1;
    }

    private static String lineAt(String yaml, int index) {
        String[] lines = yaml.split("\n", -1);
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    private static boolean hasCurlyQuotes(String line) {
        return line.chars().anyMatch(c -> CURLY_QUOTES.indexOf(c) >= 0);
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

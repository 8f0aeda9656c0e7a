package org.bangtin.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a build, with its location kept as data.
 *
 * <p>{@code file} is the file the problem is in, relative to the folder being built when it is
 * inside it; {@code null} when the problem is not about one file. {@code line} and {@code column}
 * are 1-based; 0 means unknown. {@code hint} says how to fix the problem, or is empty.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message, String hint) {

    /** Sort order of a report: by file, then position, errors before warnings at one place. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString().replace('\\', '/'))
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    public static Diagnostic error(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, 0, message, hint);
    }

    public static Diagnostic warning(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, 0, message, hint);
    }

    /**
     * The same problem with a relative file resolved against {@code folder}, so that messages name
     * files as the user named the content folder. Files not on disk, named "[...]/..." (the
     * bundled theme's templates), and problems without a file are left as they are.
     */
    public Diagnostic withFileUnder(Path folder) {
        if (file == null || file.isAbsolute() || file.toString().startsWith("[")) {
            return this;
        }
        return new Diagnostic(severity, folder.resolve(file).normalize(), line, column, message, hint);
    }

    /** The same problem at another column. */
    public Diagnostic atColumn(int newColumn) {
        return new Diagnostic(severity, file, line, newColumn, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:line:column", as far as it is known, or "" when the problem has no file. */
    public String location() {
        if (file == null) {
            return "";
        }
        StringBuilder where = new StringBuilder(file.toString().replace('\\', '/'));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }

    /**
     * The display text: {@code file:line:column: error: message}, then the hint on its own
     * indented line. IDEs and Maven's log turn the first part into a link.
     */
    public String format() {
        String where = location();
        String head = (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}

package org.bangtin.content;

import java.util.List;

/**
 * Writes a notice's front matter as YAML that {@link NoticeReader} reads back: fields in the
 * order they are added, texts always double-quoted and escaped, lists one item a line. Not
 * thread-safe; one writer per file.
 */
public final class FrontMatterWriter {
    private final StringBuilder yaml = new StringBuilder("---\n");

    /** A text field; null leaves the field out. */
    public FrontMatterWriter text(String key, String value) {
        if (value != null) {
            yaml.append(key).append(": ").append(quote(value)).append('\n');
        }
        return this;
    }

    /** A field written as it is (dates, numbers, true/false); null leaves the field out. */
    public FrontMatterWriter plain(String key, String value) {
        if (value != null) {
            yaml.append(key).append(": ").append(value).append('\n');
        }
        return this;
    }

    /** A list of texts, one a line; an empty list leaves the field out. */
    public FrontMatterWriter list(String key, List<String> values) {
        if (!values.isEmpty()) {
            yaml.append(key).append(":\n");
            values.forEach(v -> yaml.append("  - ").append(quote(v)).append('\n'));
        }
        return this;
    }

    /** The {@code attachments} field, each as {@code file:} and {@code title:}; empty leaves it out. */
    public FrontMatterWriter attachments(List<String[]> fileAndTitle) {
        if (!fileAndTitle.isEmpty()) {
            yaml.append("attachments:\n");
            for (String[] entry : fileAndTitle) {
                yaml.append("  - file: ").append(quote(entry[0])).append('\n');
                if (entry[1] != null) {
                    yaml.append("    title: ").append(quote(entry[1])).append('\n');
                }
            }
        }
        return this;
    }

    /** The whole file: the front matter, its closing line, a blank line and {@code body}. */
    public String withBody(String body) {
        return yaml + "---\n\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    /** A YAML double-quoted scalar. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}

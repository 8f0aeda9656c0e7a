package org.bangtin.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;
import org.bangtin.text.DidYouMean;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of YAML fields. A value of the wrong type is reported once, with the
 * field's line and the type that was expected, and gives an empty result.
 */
public final class FieldReader {
    private final Path file;
    private final int firstLine;
    private final Diagnostics problems;

    public FieldReader(Path file, int firstLine, Diagnostics problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** Any non-null scalar, as the text written; blank text counts as absent. */
    public Optional<String> string(YamlField field) {
        if (isNull(field.value())) {
            return Optional.empty();
        }
        if (field.value() instanceof ScalarNode scalar) {
            String text = text(scalar);
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return wrongType(field, "a single text value", "write it on one line, such as '" + field.key() + ": \"...\"'");
    }

    /** A text that must be there: an empty one ('key: ""', or nothing after the colon) is reported. */
    public Optional<String> nonEmptyString(YamlField field, String hint) {
        Optional<String> text = string(field);
        if (text.isEmpty() && (isNull(field.value()) || field.value() instanceof ScalarNode)) {
            error(field, "'" + field.key() + "' is empty", hint);
        }
        return text;
    }

    /** A list of texts; a single text is a list of one. Numbers and true/false are refused. */
    public Optional<List<String>> stringList(YamlField field) {
        Node node = field.value();
        if (isNull(node)) {
            return Optional.of(List.of());
        }
        if (node instanceof ScalarNode scalar) {
            if (!Tag.STR.equals(scalar.getTag())) {
                return wrongType(field, "a list of words", "write '" + field.key() + ": [\"" + scalar.getValue() + "\"]'");
            }
            String text = text(scalar);
            return Optional.of(text.isEmpty() ? List.of() : List.of(text));
        }
        if (!(node instanceof SequenceNode sequence)) {
            return wrongType(field, "a list of words", "write '" + field.key() + ": [\"một\", \"hai\"]'");
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                problems.error(file, YamlField.lineOf(item, firstLine),
                        "each item of '" + field.key() + "' must be a single word or phrase",
                        "write '" + field.key() + ": [\"một\", \"hai\"]'");
                return Optional.empty();
            }
            String text = text(scalar);
            if (!text.isEmpty()) {
                values.add(text);
            }
        }
        return Optional.of(List.copyOf(values));
    }

    /**
     * A list of words, as {@link #stringList}; an unquoted text may also list them separated by
     * commas ('tags: bình đẳng giới, phụ nữ'), as editors write them in other programs.
     */
    public Optional<List<String>> wordList(YamlField field) {
        Optional<List<String>> list = stringList(field);
        if (list.isEmpty() || !(field.value() instanceof ScalarNode scalar) || !scalar.isPlain()) {
            return list;
        }
        return Optional.of(list.get().stream().flatMap(words -> Arrays.stream(words.split(",")))
                .map(PastedText::strip).filter(word -> !word.isEmpty()).toList());
    }

    /**
     * A scalar's text without the blanks around it. Curly quotes around an unquoted text are
     * taken for the straight quotes the editor typed before a word processor changed them: a
     * title written “Kế hoạch” (or “Kế hoạch") is Kế hoạch. Quotes inside the text, or in a
     * quoted one, stay.
     */
    static String text(ScalarNode scalar) {
        String text = PastedText.strip(scalar.getValue());
        if (scalar.isPlain() && text.length() >= 2 && isCurlyPair(text.charAt(0), text.charAt(text.length() - 1))) {
            String inside = text.substring(1, text.length() - 1);
            if (inside.chars().noneMatch(c -> "“”‘’".indexOf(c) >= 0)) {
                return PastedText.strip(inside);
            }
        }
        return text;
    }

    /**
     * Quotes around a text as word processors and phones leave them: curly on both sides, both
     * opening ones, or a curly opening one with a straight closing one ("“Kế hoạch tiêm chủng\"",
     * the last typed after the autocorrection was undone).
     */
    private static boolean isCurlyPair(char open, char close) {
        return ((open == '“' || open == '”') && (close == '”' || close == '“' || close == '"'))
                || ((open == '‘' || open == '’') && (close == '’' || close == '‘' || close == '\''));
    }

    public Optional<Boolean> bool(YamlField field) {
        if (field.value() instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        return wrongType(field, "true or false", "write '" + field.key() + ": true' or '" + field.key() + ": false'");
    }

    public Optional<Integer> positiveInt(YamlField field, int max) {
        if (field.value() instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                int value = Integer.parseInt(scalar.getValue());
                if (value >= 1 && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // Out of int range: reported below like any other bad number.
            }
        }
        return wrongType(field, "a whole number from 1 to " + max, "write, for example, '" + field.key() + ": 10'");
    }

    /** A nested mapping's fields (for 'badge:' or an attachment written as 'file:' and 'title:'). */
    public Optional<Map<String, YamlField>> mapping(YamlField field) {
        if (field.value() instanceof MappingNode mapping) {
            return YamlMapping.readFields(mapping, file, firstLine, problems);
        }
        return wrongType(field, "a group of 'name: value' lines", "indent the lines below '" + field.key() + ":'");
    }

    /** The items of a list field, each as a field named after its parent, with its own line. */
    public Optional<List<YamlField>> items(YamlField field) {
        if (isNull(field.value())) {
            return Optional.of(List.of());
        }
        if (!(field.value() instanceof SequenceNode sequence)) {
            return wrongType(field, "a list", "start each item on its own line with '- '");
        }
        List<YamlField> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int line = YamlField.lineOf(item, firstLine);
            items.add(new YamlField(field.key(), item, line, item.getStartMark().map(m -> m.getColumn() + 1).orElse(0)));
        }
        return Optional.of(items);
    }

    /** A value as plain Java data for templates: String, Long, Double, Boolean, List, Map or null. */
    public static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            try {
                if (Tag.NULL.equals(tag)) {
                    return null;
                } else if (Tag.BOOL.equals(tag)) {
                    return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
                } else if (Tag.INT.equals(tag)) {
                    return Long.decode(scalar.getValue());
                } else if (Tag.FLOAT.equals(tag)) {
                    return Double.parseDouble(scalar.getValue());
                }
            } catch (NumberFormatException e) {
                return scalar.getValue();
            }
            return text(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            sequence.getValue().forEach(item -> list.add(plain(item)));
            return java.util.Collections.unmodifiableList(list);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.getValue().forEach(t -> map.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode())));
            return java.util.Collections.unmodifiableMap(map);
        }
        return null;
    }

    /** Reports a key that is not in {@code known}, suggesting the nearest known one. */
    public void unknownKey(YamlField field, Collection<String> known, String where) {
        DidYouMean.closest(field.key(), known).ifPresentOrElse(meant -> unknownKey(field, meant, where),
                () -> problems.error(file, field.line(), "unknown field '" + field.key() + "' in " + where,
                        "known fields: " + String.join(", ", known)));
    }

    /** Reports a key that is not known, naming the known one it was {@code meant} to be. */
    public void unknownKey(YamlField field, String meant, String where) {
        problems.error(file, field.line(), "unknown field '" + field.key() + "' in " + where,
                "did you mean '" + meant + "'?");
    }

    public void error(YamlField field, String message, String hint) {
        problems.error(file, field.line(), message, hint);
    }

    public void error(int line, String message, String hint) {
        problems.error(file, line, message, hint);
    }

    public void warning(int line, String message, String hint) {
        problems.warning(file, line, message, hint);
    }

    public Path file() {
        return file;
    }

    /** Where this reader reports. */
    public Diagnostics problems() {
        return problems;
    }

    public int firstLine() {
        return firstLine;
    }

    private <T> Optional<T> wrongType(YamlField field, String expected, String hint) {
        problems.error(file, field.line(), "'" + field.key() + "' must be " + expected + ", not " + describe(field.value()), hint);
        return Optional.empty();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                return "the number " + scalar.getValue();
            } else if (Tag.BOOL.equals(tag)) {
                return scalar.getValue();
            } else if (Tag.NULL.equals(tag)) {
                return "an empty value";
            }
            return "the text \"" + scalar.getValue() + "\"";
        }
        return node instanceof SequenceNode ? "a list" : "a group of fields";
    }
}

package org.bangtin.content;

import java.util.regex.Pattern;

import org.bangtin.config.FieldReader;
import org.bangtin.config.YamlField;
import org.bangtin.config.YamlMapping;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Warns of text that YAML takes for a comment: in 'summary: Tóm tắt có dấu # ở giữa' a ' #' starts
 * one, and the summary is "Tóm tắt có dấu". Only an unquoted text (or an empty value) followed
 * by a comment on its line is meant; true/false and numbers with a comment are left alone.
 */
final class CommentedText {
    private static final Pattern COMMENT_AFTER = Pattern.compile("[ \t]+#.*");

    private CommentedText() {
    }

    static void warn(YamlMapping yaml, FieldReader reader) {
        if (yaml.text().indexOf('#') < 0) {
            return; // most front matter: no comment to look for
        }
        String[] lines = yaml.text().split("\n", -1);
        for (YamlField field : yaml.fields().values()) {
            warn(field.key(), field.value(), lines, yaml.firstLine(), reader);
        }
    }

    private static void warn(String key, Node node, String[] lines, int firstLine, FieldReader reader) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.isPlain() && (Tag.STR.equals(scalar.getTag()) || Tag.NULL.equals(scalar.getTag()))) {
                scalar.getEndMark().filter(end -> end.getLine() < lines.length)
                        .filter(end -> COMMENT_AFTER.matcher(rest(lines[end.getLine()], end.getColumn())).matches())
                        .ifPresent(end -> {
                            int line = end.getLine() + firstLine;
                            reader.warning(line, "the text after ' #' on line " + line + " is a YAML comment and is left out",
                                    "put the value in quotes to keep it, as in '" + key + ": \"... # ...\"'");
                        });
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> warn(key, item, lines, firstLine, reader));
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> warn(String.valueOf(FieldReader.plain(tuple.getKeyNode())),
                    tuple.getValueNode(), lines, firstLine, reader));
        }
    }

    /** The line from a code-point column on (a mark counts code points, a String UTF-16 units). */
    private static String rest(String line, int column) {
        return column > line.codePointCount(0, line.length()) ? "" : line.substring(line.offsetByCodePoints(0, column));
    }
}

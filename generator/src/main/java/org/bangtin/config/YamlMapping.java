package org.bangtin.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.bangtin.diag.Severity;
import org.bangtin.text.Nesting;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML document whose top level is a mapping (site.yml, a notice's front matter), read with
 * snakeyaml-engine into fields that remember their lines. Syntax errors, a top level that is not
 * a mapping and duplicate keys become diagnostics with the file and line.
 */
public final class YamlMapping {
    /**
     * The settings of every parse, made once, with the YAML 1.2 core schema: the schema's scalar
     * resolver is read-only once built (building one registers every implicit type's pattern
     * again), and building the settings cost as much as a tenth of parsing a front matter. No
     * label: messages name the file themselves, with the line counted in the whole file.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(20)
            .build();

    private final Path file;
    private final int firstLine;
    private final String text;
    private final Map<String, YamlField> fields;

    private YamlMapping(Path file, int firstLine, String text, Map<String, YamlField> fields) {
        this.file = file;
        this.firstLine = firstLine;
        this.text = text;
        this.fields = fields;
    }

    /** Explains a line that is no 'name: value' line (body text in a front matter not closed, say). */
    @FunctionalInterface
    public interface StrayLine {
        /** The error for {@code line}, a line of the file. */
        Diagnostic explain(int line);
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. Returns
     * empty (after reporting why) when the text is not a usable mapping; an empty text is an
     * empty mapping.
     */
    public static Optional<YamlMapping> parse(String yaml, Path file, int firstLine, Diagnostics problems) {
        return parse(yaml, file, firstLine, problems, line -> Diagnostic.error(file, line,
                "line " + line + " is not a 'name: value' line",
                "write one setting per line as 'name: value', or indent the line to continue the value above it"));
    }

    /**
     * Parses {@code yaml} as {@link #parse(String, Path, int, Diagnostics)} does, explaining a
     * line that is no 'name: value' line with {@code strayLine}, by what the document is.
     */
    public static Optional<YamlMapping> parse(String pasted, Path file, int firstLine, Diagnostics problems,
            StrayLine strayLine) {
        String yaml = PastedText.clean(pasted);
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            problems.report(YamlSyntaxError.of(e, yaml, file, firstLine, strayLine));
            return Optional.empty();
        } catch (ReaderException e) {
            // Pasted text brings them (a terminal's colour codes, a NUL): invisible in most editors.
            int position = Math.min(e.getPosition(), yaml.length());
            String before = yaml.substring(0, position);
            int line = firstLine + (int) before.chars().filter(c -> c == '\n').count();
            int column = position - (before.lastIndexOf('\n') + 1) + 1;
            problems.report(new Diagnostic(Severity.ERROR, file, line, column, String.format(java.util.Locale.ROOT,
                    "malformed YAML: the invisible control character U+%04X is not allowed", e.getCodePoint()),
                    "delete it: it is invisible in most editors, and often comes with text pasted from another program"));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(file, firstLine, "malformed YAML: " + e.getMessage(), "check the YAML syntax");
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The composer recurses once per level of nesting, without a limit of its own.
            problems.error(file, firstLine + Nesting.deepestLine(yaml, "[{"), "malformed YAML: lists or mappings"
                    + " inside one another thousands of levels deep", "write a list as [\"a\", \"b\"], one level deep");
            return Optional.empty();
        }
        if (root.isEmpty() || isEmptyScalar(root.get())) {
            return Optional.of(new YamlMapping(file, firstLine, yaml, Map.of()));
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.error(file, YamlField.lineOf(root.get(), firstLine), "expected 'key: value' lines",
                    "write one field per line, such as 'title: \"...\"'");
            return Optional.empty();
        }
        return readFields(mapping, file, firstLine, problems).map(f -> new YamlMapping(file, firstLine, yaml, f));
    }

    static Optional<Map<String, YamlField>> readFields(MappingNode mapping, Path file, int firstLine,
            Diagnostics problems) {
        Map<String, YamlField> fields = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = YamlField.lineOf(keyNode, firstLine);
            int column = keyNode.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.error(file, line, "a field name must be a plain word", "write 'name: value'");
                ok = false;
                continue;
            }
            String key = PastedText.strip(scalarKey.getValue());
            YamlField earlier = fields.get(key);
            if (earlier != null) {
                problems.report(new Diagnostic(Severity.ERROR, file, line, column,
                        "duplicate field '" + key + "' (first given on line " + earlier.line() + ")",
                        "keep only one '" + key + ":' line"));
                ok = false;
                continue;
            }
            fields.put(key, new YamlField(key, tuple.getValueNode(), line, column));
        }
        return ok ? Optional.of(fields) : Optional.empty();
    }

    private static boolean isEmptyScalar(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().isBlank();
    }

    public Path file() {
        return file;
    }

    public int firstLine() {
        return firstLine;
    }

    /** The YAML as it was parsed, pasted invisible characters cleaned: the text the nodes' marks point into. */
    public String text() {
        return text;
    }

    /** The fields in the order they were written. */
    public Map<String, YamlField> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Optional<YamlField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}

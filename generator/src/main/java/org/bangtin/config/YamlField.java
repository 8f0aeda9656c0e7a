package org.bangtin.config;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One top-level key of a YAML mapping, with where it stands in its file (1-based line and column
 * of the key, so that a message points at the line an editor wrote).
 */
public record YamlField(String key, Node value, int line, int column) {

    /** The 1-based line of a node inside the same document, given the line the document starts at. */
    static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(mark -> mark.getLine() + firstLine).orElse(firstLine);
    }
}

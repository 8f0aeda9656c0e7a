package org.bangtin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Drops what Word leaves in text pasted from it: its document settings ({@code <xml><w:WordDocument>}),
 * which would read as "Normal0", the elements of its namespaces ({@code <w:*>}, {@code <m:*>},
 * {@code <v:*>}; {@code <o:p>} and smart tags keep their text), conditional comments, and the
 * {@code mso-} style rules and {@code [if gte mso 9]} markers an editor left as text.
 */
final class WordMarkup {
    /** Namespaces whose elements hold settings, formulas' properties or drawings, never the text. */
    private static final List<String> DROPPED = List.of("w:", "m:", "v:");
    /** Style rules with mso- properties, and conditional-comment markers, left as text. */
    private static final Pattern LEFTOVERS = Pattern.compile("(?s)/\\*[^*]*?\\*/|[\\w.#:@>*,\\s-]*\\{[^{}]*mso-[^{}]*}"
            + "|(?:<!--)?\\[if [^\\]]*]>?(?:-->)?|(?:<!--)?<?!?\\[endif](?:--)?>?");

    private WordMarkup() {
    }

    /** Cleans {@code page} in place. */
    static void clean(Document page) {
        List<Node> dropped = new ArrayList<>();
        List<Element> unwrapped = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                dropped.add(node);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("xml") || DROPPED.stream().anyMatch(name::startsWith)) {
                    dropped.add(element);
                } else if (name.indexOf(':') > 0) {
                    unwrapped.add(element);
                }
            } else if (node instanceof TextNode text && isLeftover(text.getWholeText())
                    && (text.parent() == null || !text.parent().normalName().equals("pre"))) {
                text.text(LEFTOVERS.matcher(text.getWholeText()).replaceAll(""));
            }
        }, page);
        dropped.forEach(Node::remove);
        unwrapped.forEach(Element::unwrap);
    }

    private static boolean isLeftover(String text) {
        return text.contains("mso-") || text.contains("[if ") || text.contains("[endif]");
    }
}

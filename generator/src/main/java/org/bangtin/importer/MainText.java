package org.bangtin.importer;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds an article's text by density when no selector of the profile matches: the element whose
 * own paragraphs (its text nodes and the text of its {@code p}, {@code br}-separated and list
 * children) hold the most text outside links.
 */
final class MainText {
    private MainText() {
    }

    static Element find(Element root) {
        Element best = null;
        double bestScore = 0;
        for (Element element : root.getAllElements()) {
            double score = score(element);
            if (score > bestScore) {
                bestScore = score;
                best = element;
            }
        }
        return best;
    }

    /** The text an element holds directly or in its paragraph-like children, less the text of links. */
    private static double score(Element element) {
        double text = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text += textNode.text().strip().length();
            } else if (child instanceof Element childElement && isParagraph(childElement)) {
                text += childElement.text().length() - linkText(childElement);
            }
        }
        return text;
    }

    private static boolean isParagraph(Element element) {
        return switch (element.normalName()) {
            case "p", "ul", "ol", "blockquote", "h2", "h3", "h4", "span", "font", "strong", "b", "em", "i" -> true;
            default -> false;
        };
    }

    private static int linkText(Element element) {
        return element.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }

    /** The share of {@code element}'s text that is link text: near 1 for menus and lists of news. */
    static double linkDensity(Element element) {
        int text = element.text().length();
        return text == 0 ? 1 : (double) linkText(element) / text;
    }
}

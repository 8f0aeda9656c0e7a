package org.bangtin.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses an article's title among the elements the profile's title selectors match, by evidence:
 * a title agrees with the page's {@code <title>} or og:title, and stands right before the text (or
 * opens it). A heading in the page's layout (banner, menus, side columns, footer) is never chosen,
 * whatever selector matches it. Plain {@code h1}-{@code h3} headings are candidates too, when the
 * evidence names them. Not thread-safe.
 */
final class TitleChoice {
    /** How many levels above the text the element holding title and text may be. */
    static final int NEAR_LEVELS = 3;
    private static final String HEADINGS = "h1, h2, h3";
    private static final int MIN_AGREEING = 5;

    private final ImportProfile profile;
    private final Document page;
    private final List<String> pageTitles = new ArrayList<>();

    TitleChoice(ImportProfile profile, Document page) {
        this.profile = profile;
        this.page = page;
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            pageTitles.add(Chrome.fold(og.attr("content")));
        }
        if (!page.title().isBlank()) {
            pageTitles.add(Chrome.fold(page.title()));
            pageTitles.add(Chrome.fold(ArticleReader.fallbackTitle(page)));
        }
    }

    /** The title's element, knowing the text's element ({@code body}, null when not found yet); null when none. */
    Element choose(Element body) {
        List<String> selectors = new ArrayList<>(profile.title());
        selectors.add(HEADINGS);
        Set<Element> seen = new HashSet<>();
        Element best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < selectors.size(); i++) {
            boolean heading = i == selectors.size() - 1;
            for (Element element : page.select(selectors.get(i))) {
                int length = element.text().strip().length();
                if (!seen.add(element) || length == 0 || length > ArticleReader.MAX_TITLE || Chrome.inLayout(element, body)) {
                    continue;
                }
                boolean agrees = agrees(Chrome.fold(element.text()));
                boolean near = body != null && near(element, body);
                if (heading && !agrees && !near) {
                    continue;
                }
                int score = (agrees ? 2000 : 0) + (near ? 1000 : 0) - i;
                if (score > bestScore) {
                    bestScore = score;
                    best = element;
                }
            }
        }
        return best;
    }

    /** Whether a title agrees with the page's: one holds the other. */
    private boolean agrees(String title) {
        for (String pageTitle : pageTitles) {
            if (pageTitle.length() >= MIN_AGREEING && title.length() >= MIN_AGREEING
                    && (pageTitle.contains(title) || title.startsWith(pageTitle))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code title} opens the text, or comes before it a few levels up. */
    private static boolean near(Element title, Element body) {
        if (title.parents().contains(body)) {
            return Chrome.fold(body.text()).startsWith(Chrome.fold(title.text()));
        }
        Element common = commonAncestor(title, body);
        return common != null && common != title && common != body && levelsAbove(body, common) <= NEAR_LEVELS
                && before(title, body, common);
    }

    /** The nearest element holding both, or null. */
    static Element commonAncestor(Element a, Element b) {
        Set<Element> above = new HashSet<>(a.parents());
        above.add(a);
        for (Element e = b; e != null; e = e.parent()) {
            if (above.contains(e)) {
                return e;
            }
        }
        return null;
    }

    /** How many levels {@code ancestor} is above {@code element}. */
    static int levelsAbove(Element element, Element ancestor) {
        int levels = 0;
        for (Element e = element; e != null && e != ancestor; e = e.parent()) {
            levels++;
        }
        return levels;
    }

    /** Whether {@code a} comes before {@code b} in the page, both under {@code common}. */
    private static boolean before(Element a, Element b, Element common) {
        return childOf(common, a).elementSiblingIndex() < childOf(common, b).elementSiblingIndex();
    }

    private static Element childOf(Element ancestor, Element element) {
        Element e = element;
        while (e.parent() != ancestor) {
            e = e.parent();
        }
        return e;
    }
}

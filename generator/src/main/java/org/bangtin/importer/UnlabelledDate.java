package org.bangtin.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.parser.TokenQueue;

/**
 * A date shown without a label beside an article's title, as many portals put it
 * ({@code <font class="ngay">27/03/2019</font>} under the title): the import cannot tell it from
 * any other date of the page, but the person importing can, and name its element in the profile.
 * Only for the message of a page whose posting date was not found.
 */
final class UnlabelledDate {
    private UnlabelledDate() {
    }

    /**
     * What to tell of the first element of {@code container} outside the article's {@code text}
     * whose own words show a date: the date and the profile line that makes it the posting date;
     * empty when there is none.
     */
    static Optional<String> hint(Element container, Element text) {
        Set<Element> inText = Collections.newSetFromMap(new IdentityHashMap<>());
        inText.addAll(text.getAllElements());
        for (Element element : container.getAllElements()) {
            if (inText.contains(element)) {
                continue;
            }
            Optional<PageDate.Found> date = PageDate.any(element.ownText());
            if (date.isPresent()) {
                String selector = selector(element);
                return Optional.of(date.get().text().strip() + " stands without a label in " + selector
                        + " near the title: if that is when it was posted, import with --profile FILE, FILE holding"
                        + " the line: date: [\"" + selector.replace("\"", "\\\"") + "\"]");
            }
        }
        return Optional.empty();
    }

    /**
     * A selector of the element as the portal's other pages likely have it too, the first of these
     * that finds it first in the page: its tag and classes ("font.ngay"), its id, under its
     * parent's classes ("td.khung-tin > font"), and that with its place among its parent's
     * elements of its tag ("td.khung-tin > font:nth-of-type(2)"); else its whole path.
     */
    private static String selector(Element element) {
        String own = element.tagName() + classes(element);
        List<String> candidates = new ArrayList<>();
        if (!element.classNames().isEmpty()) {
            candidates.add(own);
        }
        if (!element.id().isEmpty()) {
            candidates.add(own + "#" + TokenQueue.escapeCssIdentifier(element.id()));
        }
        Element parent = element.parent();
        if (parent != null && !parent.classNames().isEmpty()) {
            String under = parent.tagName() + classes(parent) + " > ";
            candidates.add(under + own);
            int place = 1 + (int) element.previousElementSiblings().stream()
                    .filter(sibling -> sibling.tagName().equals(element.tagName())).count();
            candidates.add(under + own + ":nth-of-type(" + place + ")");
        }
        Element root = element.ownerDocument() == null ? element.root() : element.ownerDocument();
        return candidates.stream().filter(candidate -> root.selectFirst(candidate) == element).findFirst()
                .orElseGet(element::cssSelector);
    }

    private static String classes(Element element) {
        StringBuilder classes = new StringBuilder();
        element.classNames().forEach(name -> classes.append('.').append(TokenQueue.escapeCssIdentifier(name)));
        return classes.toString();
    }
}

package org.bangtin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a portal page: its title, posted and updated dates, author and the element
 * with its text, after dropping the site chrome. A page that is not an article (a list of links, a
 * page without title, text or date) is refused with the reason.
 */
final class ArticleReader {
    private static final int MIN_TEXT = 80;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MAX_TITLE = 300;

    private final ImportProfile profile;

    ArticleReader(ImportProfile profile) {
        this.profile = profile;
    }

    /**
     * An article's parts.
     *
     * @param updated null when the page shows only one date
     * @param author  null when none was found
     */
    record Article(String title, PageDate posted, PageDate updated, String author, Element body) {
    }

    /** Thrown for a page that is not an article, with the reason the report shows. */
    static final class NotAnArticle extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnArticle(String reason) {
            super(reason);
        }
    }

    /** The article of {@code page}; the page is changed (chrome removed). */
    Article read(Document page) throws NotAnArticle {
        Chrome.removeSelected(page, profile);
        Element titleElement = first(page, profile.title(), MAX_TITLE);
        String title = titleElement != null ? clean(titleElement.text()) : fallbackTitle(page);
        if (title.isEmpty()) {
            throw new NotAnArticle("no title found (looked for " + String.join(", ", profile.title())
                    + ", og:title and <title>)");
        }
        Element body = first(page, profile.body(), Integer.MAX_VALUE);
        List<Element> kept = new ArrayList<>();
        Optional.ofNullable(titleElement).ifPresent(kept::add);
        Optional.ofNullable(body).ifPresent(kept::add);
        Chrome.removeTitled(page, kept);
        if (body == null) {
            body = MainText.find(page.body());
        }
        if (body == null || body.text().strip().length() < MIN_TEXT) {
            if (MainText.linkDensity(page.body()) > MAX_LINK_DENSITY) {
                throw new NotAnArticle("mostly links: a list or menu page, not an article");
            }
            throw new NotAnArticle("no article text found (" + (body == null ? 0 : body.text().strip().length())
                    + " characters in the largest block of text)");
        }
        if (MainText.linkDensity(body) > MAX_LINK_DENSITY) {
            throw new NotAnArticle("mostly links: a list or menu page, not an article");
        }
        if (titleElement != null && body.getAllElements().contains(titleElement)) {
            titleElement.remove();
        }
        Dates dates = dates(page, body);
        String author = author(page, body);
        return new Article(title, dates.posted(), dates.updated(), author, body);
    }

    private record Dates(PageDate posted, PageDate updated) {
    }

    private Dates dates(Document page, Element body) throws NotAnArticle {
        String text = page.body().text();
        Optional<PageDate.Found> posted = PageDate.posted(text);
        Optional<PageDate.Found> updated = PageDate.updated(text);
        if (posted.isEmpty()) {
            for (String selector : profile.date()) {
                posted = page.select(selector).stream().map(e -> PageDate.any(e.text())).flatMap(Optional::stream).findFirst();
                if (posted.isPresent()) {
                    break;
                }
            }
        }
        if (posted.isEmpty() && updated.isEmpty()) {
            throw new NotAnArticle("no posting date found (looked for 'Ngày đăng', 'Ngày cập nhật' and "
                    + String.join(", ", profile.date()) + ")");
        }
        posted.ifPresent(found -> removeLine(body, found.text()));
        updated.ifPresent(found -> removeLine(body, found.text()));
        PageDate postedDate = posted.or(() -> updated).orElseThrow().date();
        PageDate updatedDate = updated.map(PageDate.Found::date).filter(d -> !d.equals(postedDate)).orElse(null);
        return new Dates(postedDate, updatedDate);
    }

    private String author(Document page, Element body) {
        for (String selector : profile.author()) {
            for (Element element : page.select(selector)) {
                Optional<String> name = Byline.author(element.text());
                if (name.isPresent()) {
                    element.remove();
                    return name.get();
                }
            }
        }
        Optional<Element> line = Byline.last(body);
        line.ifPresent(Element::remove);
        return line.flatMap(e -> Byline.author(e.text())).orElse(null);
    }

    /** Removes the smallest short element of the body that shows {@code text} (a date line). */
    private static void removeLine(Element body, String text) {
        List<Element> all = body.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            String own = element.text().replace('\u00a0', ' ');
            if (element != body && own.contains(text) && own.length() < text.length() + 60) {
                element.remove();
                return;
            }
        }
    }

    /** The first element a selector matches that has text (and not too much of it). */
    private static Element first(Document page, List<String> selectors, int maxLength) {
        for (String selector : selectors) {
            for (Element element : page.select(selector)) {
                int length = element.text().strip().length();
                if (length > 0 && length <= maxLength) {
                    return element;
                }
            }
        }
        return null;
    }

    private static String fallbackTitle(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return clean(og.attr("content"));
        }
        String title = clean(page.title());
        for (String separator : List.of(" | ", " :: ", " – ", " - ")) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }
}

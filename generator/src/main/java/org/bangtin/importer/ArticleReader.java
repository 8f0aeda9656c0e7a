package org.bangtin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
    static final int MAX_TITLE = 300;
    private static final int MAX_DOWNLOADS_TEXT = 300;
    private static final Pattern DOWNLOADS = Pattern.compile("đính kèm|tải về|tải xuống|download|tệp tin|văn bản kèm",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ImportProfile profile;

    ArticleReader(ImportProfile profile) {
        this.profile = profile;
    }

    /**
     * An article's parts.
     *
     * @param updated   null when the page shows only one date
     * @param author    null when none was found
     * @param downloads blocks of links to the article's documents next to its text ("Tệp đính kèm")
     */
    record Article(String title, PageDate posted, PageDate updated, String author, String summary, Element body,
            List<Element> downloads) {
        Article {
            downloads = List.copyOf(downloads);
        }
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
        Element body = first(page, profile.body(), Integer.MAX_VALUE);
        Element titleElement = new TitleChoice(profile, page).choose(body);
        List<Element> kept = new ArrayList<>();
        Optional.ofNullable(titleElement).ifPresent(kept::add);
        Optional.ofNullable(body).ifPresent(kept::add);
        Chrome.removeTitled(page, kept);
        Chrome.removeLayout(page, kept);
        NotFound.check(page);
        if (body == null) {
            body = MainText.find(page.body());
            if (body != null && titleElement != null) {
                titleElement = new TitleChoice(profile, page).choose(body);
            }
        }
        String title = titleElement != null ? clean(titleElement.text()) : fallbackTitle(page);
        if (title.isEmpty()) {
            throw new NotAnArticle("no title found (looked for " + String.join(", ", profile.title())
                    + ", og:title and <title>)");
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
        Element container = container(titleElement, body);
        if (titleElement != null && body.getAllElements().contains(titleElement)) {
            titleElement.remove();
        }
        Dates dates = dates(page, container, body);
        String author = author(page, container, body);
        return new Article(title, dates.posted(), dates.updated(), author, summary(container, body), body,
                downloads(body, container));
    }

    /**
     * The element that holds the article's title, dates and text: the nearest one holding both
     * title and text, when the title is close to the text; else the text's parent.
     */
    private static Element container(Element title, Element body) {
        Element parent = body.parent() == null ? body : body.parent();
        if (title == null) {
            return parent;
        }
        Element common = TitleChoice.commonAncestor(title, body);
        return common == null || common == body || TitleChoice.levelsAbove(body, common) > TitleChoice.NEAR_LEVELS
                ? parent : common;
    }

    /** Blocks of document links that follow the text inside its container: the article's own downloads. */
    private static List<Element> downloads(Element body, Element container) {
        List<Element> blocks = new ArrayList<>();
        for (Element e = body; e != null && e != container && e.parent() != null; e = e.parent()) {
            for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (isDownloads(next)) {
                    blocks.add(next);
                }
            }
        }
        return blocks;
    }

    /**
     * Whether a block is the article's downloads: links to documents in a short block or one
     * labelled so ("Tệp đính kèm"); or, labelled so, links to a download handler
     * ("DownloadFile.aspx?FileID=12"), whose saved answers the import then tells by their bytes.
     */
    private static boolean isDownloads(Element block) {
        boolean documents = block.select("a[href]").stream()
                .anyMatch(a -> PageLinks.DOCUMENTS.contains(PageLinks.extension(a.attr("href"))));
        boolean labelled = DOWNLOADS.matcher(block.text()).find();
        if (documents) {
            return block.text().length() <= MAX_DOWNLOADS_TEXT || labelled;
        }
        return labelled && block.text().length() <= MAX_DOWNLOADS_TEXT
                && block.select("a[href]").stream().anyMatch(a -> a.attr("href").contains("?"));
    }

    private record Dates(PageDate posted, PageDate updated) {
    }

    /** The dates labelled near the title and text first, then elsewhere in the page (its layout dropped already). */
    private Dates dates(Document page, Element container, Element body) throws NotAnArticle {
        String near = container.text();
        String all = page.body().text();
        Optional<PageDate.Found> posted = PageDate.posted(near).or(() -> PageDate.posted(all));
        Optional<PageDate.Found> updated = PageDate.updated(near).or(() -> PageDate.updated(all));
        if (posted.isEmpty()) {
            for (Element scope : List.of(container, page.body())) {
                for (String selector : profile.date()) {
                    posted = scope.select(selector).stream().map(e -> PageDate.any(e.text())).flatMap(Optional::stream)
                            .findFirst();
                    if (posted.isPresent()) {
                        break;
                    }
                }
                if (posted.isPresent()) {
                    break;
                }
            }
        }
        if (posted.isEmpty() && updated.isEmpty()) {
            throw new NotAnArticle("no posting date found (looked for 'Ngày đăng', 'Ngày cập nhật' and "
                    + String.join(", ", profile.date()) + ")" + UnlabelledDate.hint(container, body).map(h -> "; " + h).orElse(""));
        }
        posted.ifPresent(found -> removeLine(body, found.text()));
        updated.ifPresent(found -> removeLine(body, found.text()));
        PageDate postedDate = posted.or(() -> updated).orElseThrow().date();
        PageDate updatedDate = updated.map(PageDate.Found::date).filter(d -> !d.equals(postedDate)).orElse(null);
        return new Dates(postedDate, updatedDate);
    }

    /**
     * The article's lead in a box of its own beside the text (".TomTat", ".sapo"), which the text
     * does not hold: its words, or null. A lead inside the text stays there.
     */
    private String summary(Element container, Element body) {
        for (String selector : profile.summary()) {
            for (Element element : container.select(selector)) {
                String text = clean(element.text());
                if (!text.isEmpty() && !body.getAllElements().contains(element) && !element.getAllElements().contains(body)) {
                    element.remove();
                    return text;
                }
            }
        }
        return null;
    }

    private String author(Document page, Element container, Element body) {
        for (String selector : profile.author()) {
            List<Element> found = new ArrayList<>(container.select(selector));
            found.addAll(page.select(selector));
            for (Element element : found) {
                Optional<String> name = Byline.ofAuthorElement(element.text());
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

    static String fallbackTitle(Document page) {
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

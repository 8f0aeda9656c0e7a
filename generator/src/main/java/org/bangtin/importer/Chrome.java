package org.bangtin.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.bangtin.text.Folding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Drops a portal's site chrome from a page: the elements the profile names, and the boxes that
 * Vietnamese portals title with known words (the whole title, numbers aside: "Truy cập tổng 5.005"). A box whose title is "Các tin khác" or "Xem tin theo
 * ngày" ends the article: what follows it in the same container goes too.
 */
final class Chrome {
    /** Titles of boxes that end an article (folded, lower case). */
    private static final List<String> ENDS_ARTICLE = List.of("cac tin khac", "tin khac", "tin lien quan", "tin cung chuyen muc",
            "xem tin theo ngay", "y kien ban doc", "binh luan", "gui y kien");
    /** Titles of boxes that are dropped alone (folded, lower case). */
    private static final List<String> BOXES = List.of("tim kiem tin tuc", "tim kiem", "thong ke truy cap", "truy cap tong",
            "truy cap hien tai", "dang truy cap", "luot truy cap", "tin nhiem mang", "chung nhan tin nhiem mang", "in trang",
            "gui email", "chia se", "quay lai", "ve dau trang", "lien ket website");
    private static final int MAX_TITLE_LENGTH = 40;
    /** Tags of the page's layout around an article. */
    private static final List<String> LAYOUT_TAGS = List.of("header", "nav", "aside", "footer");
    /** Ids and classes of the page's layout: banner, menus, side columns, footer (one word of the attribute). */
    private static final Pattern LAYOUT_NAME = Pattern.compile(
            "(?:.*(?:header|footer|banner|sidebar|side-bar|menu|navbar|navigation|widget|portlet).*"
                    + "|top|nav|cot-?trai|cot-?phai|chan-?trang|dau-?trang|left-?col(?:umn)?|right-?col(?:umn)?"
                    + "|col-?left|col-?right|ngay-hom-nay)");
    /** Words of ids and classes that belong to an article ("article-header", "news-footer"). */
    private static final Pattern ARTICLE_NAME = Pattern.compile(".*(?:article|news|post|entry|detail|content|title|tieu-?de"
            + "|bai-?viet|chi-?tiet|noi-?dung).*");

    private Chrome() {
    }

    /** Drops the elements the profile names. */
    static void removeSelected(Document page, ImportProfile profile) {
        for (String selector : profile.remove()) {
            page.select(selector).remove();
        }
    }

    /**
     * Drops the boxes titled with known words; never an element that holds one of {@code kept}
     * (the title and the article's text, once found).
     */
    static void removeTitled(Document page, List<Element> kept) {
        for (Element element : page.body().getAllElements()) {
            if (element.parent() == null || element == page.body() || holdsAny(element, kept)
                    || element.closest("p") != null) {
                continue;
            }
            String own = fold(element.ownText()).replaceAll("[\\p{P}\\p{S}\\d]+", " ").strip().replaceAll("\\s+", " ");
            if (own.isEmpty() || own.length() > MAX_TITLE_LENGTH) {
                continue;
            }
            if (ENDS_ARTICLE.contains(own)) {
                Element box = box(element, page, kept);
                while (box.nextElementSibling() != null) {
                    box.nextElementSibling().remove();
                }
                box.remove();
            } else if (BOXES.contains(own)) {
                box(element, page, kept).remove();
            }
        }
    }

    /**
     * Drops the page's layout around the article: header, nav, aside and footer elements, and those
     * whose id or class names a banner, menu, side column or footer; never an element that holds
     * one of {@code kept}.
     */
    static void removeLayout(Document page, List<Element> kept) {
        for (Element element : page.body().getAllElements()) {
            if (element.parent() != null && element != page.body() && isLayout(element) && !holdsAny(element, kept)) {
                element.remove();
            }
        }
    }

    /**
     * Whether {@code element} is in the page's layout rather than its article: it, or an ancestor
     * that does not hold {@code body} (null when not known yet), is a layout element.
     */
    static boolean inLayout(Element element, Element body) {
        for (Element e = element; e != null && e.parent() != null; e = e.parent()) {
            if (body != null && (e == body || body.parents().contains(e))) {
                return false;
            }
            if (isLayout(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLayout(Element element) {
        String tag = element.normalName();
        if (LAYOUT_TAGS.contains(tag)) {
            // An article's own <header> and <footer> (title, date, byline) belong to it.
            return tag.equals("nav") || tag.equals("aside") || element.closest("article, main") == null;
        }
        for (String name : (element.id() + " " + element.className()).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!name.isEmpty() && LAYOUT_NAME.matcher(name).matches() && !ARTICLE_NAME.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The largest ancestor that {@code title} still titles: its text starts with the title's. */
    private static Element box(Element title, Document page, List<Element> kept) {
        String text = fold(title.text());
        Element box = title;
        while (box.parent() != null && box.parent() != page.body() && !holdsAny(box.parent(), kept)
                && fold(box.parent().text()).startsWith(text)) {
            box = box.parent();
        }
        return box;
    }

    private static boolean holdsAny(Element element, List<Element> kept) {
        for (Element k : kept) {
            if (k == element || k.parents().contains(element)) {
                return true;
            }
        }
        return false;
    }

    static String fold(String text) {
        return Folding.fold(text.replace('\u00a0', ' ')).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}

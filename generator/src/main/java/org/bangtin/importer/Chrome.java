package org.bangtin.importer;

import java.util.List;
import java.util.Locale;

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

package org.bangtin.render.view;

/**
 * {@code page} in every template.
 *
 * @param kind        home, category, tag, notice or 404
 * @param categoryUrl the category the page belongs to, for the menu, or null
 */
public record PageView(String kind, String title, String url, String canonicalUrl, String description,
        String categoryUrl) {
}

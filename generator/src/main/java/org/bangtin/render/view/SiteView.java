package org.bangtin.render.view;

import java.util.List;

import org.bangtin.config.Badge;

/** {@code site} in every template; {@code totalViews} is null when the build read no access log. */
public record SiteView(String title, String description, String language, String baseUrl, List<String> footerLines,
        Badge badge, List<CategoryLink> categories, Long totalViews) {
}

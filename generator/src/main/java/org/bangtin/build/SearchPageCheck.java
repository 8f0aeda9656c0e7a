package org.bangtin.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;
import org.bangtin.render.Theme;

/**
 * A site's own search page template made before {@code search-start.js}: it loads the search's
 * scripts itself, and the search, which now needs that script first, would not start. Warned
 * of at the line that loads {@code search-ui.js}.
 */
final class SearchPageCheck {
    private SearchPageCheck() {
    }

    static void check(Theme theme, Path contentRoot, Diagnostics problems) throws IOException {
        Optional<Path> own = theme.siteTemplate("search");
        if (own.isEmpty()) {
            return;
        }
        List<String> lines = Files.readAllLines(own.get(), StandardCharsets.UTF_8);
        if (lines.stream().anyMatch(line -> line.contains("search-start.js"))) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("search-ui.js")) {
                problems.warning(contentRoot.relativize(own.get()), i + 1, "the site's search page loads js/search-ui.js"
                        + " without js/search-start.js, which now checks the browser and starts the search: the page"
                        + " would find nothing", "load only search-start.js, and name the other two in the section's"
                        + " data-scripts, as the bundled search.peb does (themes/TEMPLATES.md, search.peb)");
                return;
            }
        }
    }
}

package org.bangtin.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.config.SiteConfig;
import org.bangtin.config.SiteConfigReader;
import org.bangtin.diag.Diagnostics;
import org.bangtin.render.Theme;
import org.bangtin.text.DidYouMean;

/**
 * Checks that the theme has UI strings for the site's {@code language}. Without them every
 * template fails on its first label, with an error about template internals: the one problem
 * worth reporting is the setting, at its line in {@code site.yml}.
 */
final class LanguageCheck {
    private LanguageCheck() {
    }

    /** Whether pages can be rendered in {@code language}; else reports why, and false. */
    static boolean check(Theme theme, String language, Path contentRoot, Diagnostics problems) throws IOException {
        if (!theme.messages(language).isEmpty()) {
            return true;
        }
        List<String> languages = theme.languages();
        int line = SiteConfigReader.keyLines(contentRoot).map(keys -> keys.getOrDefault("language", 0)).orElse(0);
        String guess = DidYouMean.closest(language, languages).map(l -> "did you mean 'language: " + l + "'; ").orElse("");
        problems.error(Path.of(SiteConfig.FILE_NAME), line, "the theme has no UI strings for language '" + language
                + "': it has " + String.join(", ", languages), guess + "for another language, add its strings as "
                + Theme.SITE_FOLDER + "/i18n/messages_" + language + ".properties");
        return false;
    }
}

package org.bangtin.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bangtin.diag.Diagnostics;
import org.bangtin.render.Theme;
import org.bangtin.text.DidYouMean;

/**
 * Warns of a key in the site's own UI strings ({@code theme/i18n/messages_vi.properties}) that
 * the theme does not have and no template of the site uses: a misspelled key ("search.placeholdr")
 * changes nothing, and a key renamed by a new version of the theme silently drops the site's text.
 */
final class MessageKeysCheck {
    private MessageKeysCheck() {
    }

    static void check(Theme theme, Path contentRoot, Diagnostics problems) throws IOException {
        List<Path> files = theme.siteMessageFiles();
        if (files.isEmpty()) {
            return;
        }
        Set<String> known = theme.bundledMessageKeys();
        String templates = theme.siteTemplatesText();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean continued = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean comment = !continued && (line.startsWith("#") || line.startsWith("!"));
                boolean entry = !continued && !comment && !line.isEmpty();
                continued = !comment && endsWithOddBackslashes(line); // a comment goes on on no line
                if (!entry) {
                    continue;
                }
                String key = line.split("[=:\\s]", 2)[0];
                if (!known.contains(key) && !templates.contains(key)) {
                    problems.warning(contentRoot.relativize(file), i + 1, "'" + key + "' is no UI string of the theme, and"
                            + " no template of the site uses it: its text is shown nowhere", DidYouMean.closest(key, known)
                            .map(meant -> "did you mean '" + meant + "'?").orElse("use the keys of the theme's own files (in bangtin's"
                                    + " source: themes/src/main/resources/bangtin/theme/i18n/)"));
                }
            }
        }
    }

    /** Whether a line of a properties file goes on on the next (it ends with an odd number of '\'). */
    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}

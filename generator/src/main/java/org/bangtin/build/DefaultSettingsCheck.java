package org.bangtin.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.config.SiteConfig;
import org.bangtin.config.SiteConfigReader;
import org.bangtin.content.ContentLoader;
import org.bangtin.diag.Diagnostics;

/**
 * Catches a site about to be published with settings nobody chose. A folder with neither
 * {@code site.yml} nor notices is most likely not the content folder at all (a mistyped path, a
 * wrong {@code bangtin.contentDirectory}): building it would replace a real site with an empty
 * one, so it is an error. A site without {@code site.yml}, or whose {@code site.yml} has no
 * {@code baseUrl}, builds, with a warning: its canonical links, feeds, sitemap and robots.txt
 * would point at {@code http://localhost:8080/}.
 */
final class DefaultSettingsCheck {
    private DefaultSettingsCheck() {
    }

    /**
     * Reports what the site leaves to the defaults; false when the folder is no site, and the
     * build should stop.
     *
     * @param shownFolder  the content folder as the request named it, for the messages
     * @param baseUrlGiven whether the request replaces {@code baseUrl} (a staging build, the preview)
     */
    static boolean check(Path shownFolder, Path contentRoot, boolean baseUrlGiven, Diagnostics problems)
            throws IOException {
        Optional<Map<String, Integer>> keys = SiteConfigReader.keyLines(contentRoot);
        boolean fileExists = java.nio.file.Files.exists(contentRoot.resolve(SiteConfig.FILE_NAME));
        if (fileExists) {
            if (keys.isPresent() && !keys.get().containsKey("baseUrl") && !baseUrlGiven) {
                problems.warning(Path.of(SiteConfig.FILE_NAME), 0, "no 'baseUrl': canonical links, feeds, the sitemap"
                        + " and robots.txt point at " + SiteConfig.defaults().baseUrl() + "/",
                        "add the line 'baseUrl: \"https://tin.example.gov.vn\"' with the site's address"
                                + " (and its folder, if it has one: https://example.gov.vn/tin-tuc)");
            }
            return true;
        }
        if (!ContentLoader.hasNoticeFiles(contentRoot)) {
            problems.error(null, 0, shownFolder + " has no " + SiteConfig.FILE_NAME + " and no notices: is it the"
                    + " content folder?", "build the folder that holds " + SiteConfig.FILE_NAME + " and the notices"
                    + " (.md files); to start a new site here, write its " + SiteConfig.FILE_NAME + " first");
            return false;
        }
        problems.warning(Path.of(SiteConfig.FILE_NAME), 0, "not found: the site is built with the default settings: "
                + String.join(", ", defaults(baseUrlGiven)), "create " + SiteConfig.FILE_NAME
                + " with at least the site's title and address: 'title: \"UBND xã ...\"' and"
                + " 'baseUrl: \"https://tin.example.gov.vn\"'");
        return true;
    }

    private static List<String> defaults(boolean baseUrlGiven) {
        SiteConfig defaults = SiteConfig.defaults();
        List<String> used = new ArrayList<>();
        used.add("title \"" + defaults.title() + "\"");
        if (!baseUrlGiven) {
            used.add("baseUrl " + defaults.baseUrl() + " (where canonical links, feeds, the sitemap and robots.txt point)");
        }
        used.add("language " + defaults.language());
        used.add("time zone " + defaults.timeZone());
        used.add(defaults.pageSize() + " notices per page");
        return used;
    }
}

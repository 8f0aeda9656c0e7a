package org.bangtin.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.content.Aliases;
import org.bangtin.diag.Diagnostics;

/**
 * Plans the redirect pages of notices' {@code aliases}: one file per old address, at its place in
 * the folder the site is published in. An old address outside that folder, at one of the site's
 * pages, or claimed by two notices, is an error. Pure.
 */
public final class Redirects {
    private Redirects() {
    }

    /**
     * The redirects of every notice in {@code plan}; of two notices claiming one address, the older keeps it.
     *
     * @param basePath the folder the site is published in on its host ("" at the root, "/tin-tuc"):
     *                 an alias, a path from the host's root, is written at its place inside it
     */
    public static List<Redirect> plan(SitePlan plan, String basePath, Diagnostics problems) {
        Map<String, String> pages = new HashMap<>();
        plan.pages().forEach(page -> pages.put(page.outputFile(), page.path()));
        Map<String, NoticeEntry> claimed = new HashMap<>();
        List<Redirect> redirects = new ArrayList<>();
        List<NoticeEntry> oldestFirst = new ArrayList<>(plan.notices());
        oldestFirst.sort(java.util.Comparator.comparing((NoticeEntry e) -> e.notice().date())
                .thenComparing(e -> e.notice().sourceName().toString()));
        for (NoticeEntry entry : oldestFirst) {
            for (String alias : entry.notice().aliases()) {
                int line = entry.notice().lineOf("aliases");
                Optional<String> sitePath = Aliases.sitePath(alias, basePath);
                if (sitePath.isEmpty()) {
                    // The host serves this site's output only under its folder: a file written for
                    // another address would sit at basePath + alias, where nobody asks for it.
                    problems.error(entry.notice().sourceName(), line, "alias " + alias + " is outside " + basePath
                            + "/, the folder this site is published in (see baseUrl): a redirect page of this site"
                            + " cannot be served there", "remove it from 'aliases' and have the web server redirect"
                            + " that address; the aliases this site can serve start with " + basePath + "/");
                    continue;
                }
                String file = outputFile(sitePath.get());
                if (pages.containsKey(file)) {
                    problems.error(entry.notice().sourceName(), line, "alias " + alias + " is the address of the site's page "
                            + basePath + pages.get(file), "remove it from 'aliases': that page is published there");
                    continue;
                }
                NoticeEntry owner = claimed.putIfAbsent(file, entry);
                if (owner != null) {
                    if (owner != entry) {
                        problems.error(entry.notice().sourceName(), line, "alias " + alias + " is also an alias of "
                                + owner.notice().sourceName(), "keep the old address in one notice's 'aliases' only");
                    }
                    continue;
                }
                redirects.add(new Redirect(alias, file, entry));
            }
        }
        return redirects;
    }

    /**
     * The file a static host serves for {@code sitePath}, a decoded path inside the site: the path
     * itself when its last segment has an extension ("/a.html", "/Pages/tin.aspx"), else its
     * {@code index.html}.
     */
    static String outputFile(String sitePath) {
        String path = sitePath.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/index.html";
    }
}

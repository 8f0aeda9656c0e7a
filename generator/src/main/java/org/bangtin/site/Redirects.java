package org.bangtin.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bangtin.content.Aliases;
import org.bangtin.diag.Diagnostics;

/**
 * Plans the redirect pages of notices' {@code aliases}: one file per old address. An old address
 * that is the address of one of the site's pages, or that two notices claim, is an error. Pure.
 */
public final class Redirects {
    private Redirects() {
    }

    /** The redirects of every notice in {@code plan}; of two notices claiming one address, the older keeps it. */
    public static List<Redirect> plan(SitePlan plan, Diagnostics problems) {
        Map<String, String> pages = new HashMap<>();
        plan.pages().forEach(page -> pages.put(page.outputFile(), page.path()));
        Map<String, NoticeEntry> claimed = new HashMap<>();
        List<Redirect> redirects = new ArrayList<>();
        List<NoticeEntry> oldestFirst = new ArrayList<>(plan.notices());
        oldestFirst.sort(java.util.Comparator.comparing((NoticeEntry e) -> e.notice().date())
                .thenComparing(e -> e.notice().sourceName().toString()));
        for (NoticeEntry entry : oldestFirst) {
            for (String alias : entry.notice().aliases()) {
                String file = outputFile(alias);
                int line = entry.notice().lineOf("aliases");
                if (pages.containsKey(file)) {
                    problems.error(entry.notice().sourceName(), line, "alias " + alias + " is the address of the site's page "
                            + pages.get(file), "remove it from 'aliases': that page is published there");
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
     * The file a static host serves for {@code alias}: the path itself when its last segment has an
     * extension ("/tin/a.html", "/Pages/tin.aspx"), else its {@code index.html}.
     */
    static String outputFile(String alias) {
        String path = Aliases.decode(alias).substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/index.html";
    }
}

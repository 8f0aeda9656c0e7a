package org.bangtin.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.content.RelatedLink;
import org.bangtin.diag.Diagnostics;

/**
 * Resolves the notices editors pinned with {@code related:}: each entry is the URL of a published
 * notice's page (with or without the site's address or base path) or a notice's file name,
 * relative to the notice's folder or to the content root. An entry that names no published
 * notice, or the notice itself, is an error at its line. Pure.
 */
public final class RelatedPins {
    private final Map<String, NoticeEntry> byPath = new HashMap<>();
    private final Map<Path, NoticeEntry> byFile = new HashMap<>();
    private final SiteConfig config;

    private RelatedPins(SitePlan plan, SiteConfig config) {
        this.config = config;
        for (NoticeEntry entry : plan.notices()) {
            byPath.put(entry.path(), entry);
            byFile.put(entry.notice().sourceName().normalize(), entry);
        }
    }

    /** The pinned notices of every notice that has some, in the editor's order, without repeats. */
    public static Map<Notice, List<NoticeEntry>> resolve(SitePlan plan, SiteConfig config, Diagnostics problems) {
        RelatedPins pins = new RelatedPins(plan, config);
        Map<Notice, List<NoticeEntry>> result = new IdentityHashMap<>();
        for (NoticeEntry entry : plan.notices()) {
            List<NoticeEntry> resolved = new ArrayList<>();
            for (RelatedLink link : entry.notice().related()) {
                NoticeEntry target = pins.find(entry.notice(), link.target());
                if (target == null) {
                    problems.error(entry.notice().sourceName(), link.line(), "'related': no published notice at \""
                            + link.target() + "\"", "write the address of a notice's page, such as \"/2019/03/ke-hoach-925/\","
                            + " or its file name, such as \"ke-hoach-925.md\"; drafts and scheduled notices cannot be listed");
                } else if (target == entry) {
                    problems.error(entry.notice().sourceName(), link.line(), "'related': \"" + link.target()
                            + "\" is this notice itself", "list other notices only");
                } else if (!resolved.contains(target)) {
                    resolved.add(target);
                }
            }
            if (!resolved.isEmpty()) {
                result.put(entry.notice(), resolved);
            }
        }
        return result;
    }

    private NoticeEntry find(Notice from, String target) {
        if (target.endsWith(".md")) {
            Path folder = from.sourceName().getParent();
            try {
                Path relative = (folder == null ? Path.of(target) : folder.resolve(target)).normalize();
                NoticeEntry found = byFile.get(relative);
                return found != null ? found : byFile.get(Path.of(target).normalize());
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        String path = target;
        if (path.startsWith(config.baseUrl() + "/")) {
            path = path.substring(config.baseUrl().length());
        } else if (!config.basePath().isEmpty() && path.startsWith(config.basePath() + "/")) {
            path = path.substring(config.basePath().length());
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return byPath.get(path);
    }
}

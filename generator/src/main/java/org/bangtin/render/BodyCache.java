package org.bangtin.render;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangtin.content.Attachment;
import org.bangtin.content.FileStamp;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;

/**
 * The bodies an earlier build rendered, for the preview server's rebuilds. A body is rendered
 * again only when its notice was read again, its page moved, a notice it links to moved, or a
 * file it links to changed; a body with errors always is. Thread-safe.
 */
public final class BodyCache {
    /** What one body was made from, beyond its notice. */
    private record Entry(String pageUrl, RenderedBody body, List<Diagnostic> problems, Map<Path, String> urlsLookedUp,
            Map<Path, FileStamp> files) {
    }

    private final Map<Notice, Entry> entries = Collections.synchronizedMap(new IdentityHashMap<>());
    private final boolean remembers;

    private BodyCache(boolean remembers) {
        this.remembers = remembers;
    }

    /** A cache for rebuilds of one site. */
    public static BodyCache create() {
        return new BodyCache(true);
    }

    /** A cache that keeps nothing: every body is rendered. */
    public static BodyCache none() {
        return new BodyCache(false);
    }

    /** The body of {@code notice}, from the cache when what it was made from is unchanged. */
    public RenderedBody render(MarkdownRenderer markdown, Notice notice, String pageUrl, Map<Path, String> noticeUrls,
            Diagnostics problems) {
        Entry entry = entries.get(notice);
        if (entry != null && entry.pageUrl().equals(pageUrl) && sameUrls(entry.urlsLookedUp(), noticeUrls)
                && FileStamp.unchanged(entry.files())) {
            problems.addAll(entry.problems());
            return entry.body();
        }
        if (!remembers) {
            return markdown.render(notice, pageUrl, noticeUrls, problems);
        }
        Diagnostics own = new Diagnostics();
        LookupsRecorded urls = new LookupsRecorded(noticeUrls);
        RenderedBody body = markdown.render(notice, pageUrl, urls, own);
        List<Diagnostic> found = own.sorted();
        problems.addAll(found);
        if (found.stream().noneMatch(Diagnostic::isError)) {
            // The notice's own attachments need no stamps: a changed one makes a new notice.
            Map<Path, FileStamp> linked = FileStamp.of(body.linkedFiles().stream().map(Attachment::source).toList());
            entries.put(notice, new Entry(pageUrl, body, found, urls.lookedUp, linked));
        } else {
            entries.remove(notice);
        }
        return body;
    }

    /** Forgets the notices that are no longer published. */
    public void retainOnly(Collection<Notice> notices) {
        Set<Notice> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(notices);
        entries.keySet().retainAll(kept);
    }

    private static boolean sameUrls(Map<Path, String> lookedUp, Map<Path, String> now) {
        for (Map.Entry<Path, String> url : lookedUp.entrySet()) {
            if (!java.util.Objects.equals(url.getValue(), now.get(url.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The notices' URLs, noting which ones a body looked up: only those can make it stale. */
    private static final class LookupsRecorded extends AbstractMap<Path, String> {
        private final Map<Path, String> urls;
        final Map<Path, String> lookedUp = new HashMap<>();

        LookupsRecorded(Map<Path, String> urls) {
            this.urls = urls;
        }

        @Override
        public String get(Object key) {
            String url = urls.get(key);
            lookedUp.put((Path) key, url);
            return url;
        }

        @Override
        public Set<Entry<Path, String>> entrySet() {
            return urls.entrySet();
        }
    }
}

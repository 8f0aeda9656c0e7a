package org.bangtin.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bangtin.content.ContentLoader;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.output.InPlaceOutput;
import org.bangtin.output.OutputException;
import org.bangtin.render.MarkdownRenderer;
import org.bangtin.render.PageRenderer;
import org.bangtin.render.RenderedBody;
import org.bangtin.render.Theme;
import org.bangtin.render.ViewMemory;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.NoticePage;
import org.bangtin.site.PageSpec;
import org.bangtin.text.TextStore;

/**
 * The preview's first answer to an edit of a notice's text: renders that notice's page again at
 * once, from what the last build rendered (its plan, neighbours, related lists), and writes it
 * into the served folder, before the rebuild that brings every page up to date. An editor who
 * watches the notice sees the edit in a few tens of milliseconds instead of after a rebuild of
 * the whole site's pages.
 *
 * <p>Only for an edit that leaves the front matter as it was, so that the page keeps its address,
 * neighbours and lists, and only when the file reads and renders without error. Anything else
 * (a new, renamed or deleted file, another field, site.yml, the theme) waits for the rebuild, as
 * do the lists, feeds and search, which may still show the text before.
 */
final class PagesAhead {
    private final BuildMemory.RenderInputs last;

    PagesAhead(BuildMemory.RenderInputs last) {
        this.last = last;
    }

    /**
     * Renders and writes the pages of the notices whose text alone changed.
     *
     * @param changed the files that changed, as the watcher saw them
     * @return the URLs (base path included) of the pages written; empty when the change is not an
     *         edit of published notices' text alone, and nothing was written
     */
    List<String> render(Set<Path> changed) throws IOException, OutputException {
        Map<Path, NoticePage> edited = editedPages(changed);
        if (edited.isEmpty()) {
            return List.of();
        }
        try (TextStore texts = TextStore.inMemory()) {
            Map<Notice, RenderedBody> bodies = new IdentityHashMap<>(last.bodies());
            if (!renderBodies(edited, texts, bodies)) {
                return List.of();
            }
            PageRenderer renderer = new PageRenderer(new Theme(last.contentRoot()), last.contentRoot(), last.config(),
                    last.plan(), bodies, last.views(), last.related(), last.pdfs(), ViewMemory.create());
            Map<String, byte[]> pages = new LinkedHashMap<>();
            for (NoticePage page : edited.values()) {
                PageRenderer.Result result = renderer.render(page);
                if (result.problem() != null) {
                    return List.of(); // the rebuild reports it
                }
                pages.put(page.outputFile(), result.html());
            }
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                InPlaceOutput.replaceNow(last.outputDir(), page.getKey(), page.getValue());
            }
            return edited.values().stream().map(page -> last.config().basePath() + page.path()).toList();
        }
    }

    /**
     * The page of each changed file that is a published notice; empty when another file changed
     * that still exists (a file that came and went is an editor's temporary file).
     */
    private Map<Path, NoticePage> editedPages(Set<Path> changed) {
        Map<Path, NoticePage> bySource = new HashMap<>();
        for (PageSpec page : last.plan().pages()) {
            if (page instanceof NoticePage noticePage && changed.contains(noticePage.entry().notice().source())) {
                bySource.put(noticePage.entry().notice().source(), noticePage);
            }
        }
        for (Path file : changed) {
            if (!bySource.containsKey(file) && Files.exists(file)) {
                return Map.of();
            }
        }
        return bySource;
    }

    /**
     * Reads each edited notice again and renders its body in its published notice's place;
     * false when one has a problem worth an error, or changed more than its text.
     */
    private boolean renderBodies(Map<Path, NoticePage> edited, TextStore texts, Map<Notice, RenderedBody> bodies) {
        Diagnostics problems = new Diagnostics();
        ContentLoader loader = new ContentLoader(last.contentRoot(), last.config(), last.includeDrafts(),
                org.bangtin.content.NoticeCache.none(), texts);
        MarkdownRenderer markdown = new MarkdownRenderer(last.contentRoot(), texts);
        Map<Path, String> urls = last.plan().noticeUrls(last.config().basePath());
        for (NoticePage page : edited.values()) {
            NoticeEntry entry = page.entry();
            Optional<Notice> read = loader.loadOne(entry.notice().source(), problems);
            if (read.isEmpty() || !sameButText(entry.notice(), read.get())) {
                return false;
            }
            // The published notice stays the key: the plan, the related lists and the views know it.
            bodies.put(entry.notice(), markdown.render(read.get(), last.config().basePath() + entry.path(), urls, problems));
        }
        return !problems.hasErrors();
    }

    /** Whether two readings of a notice differ in their body text alone. */
    private static boolean sameButText(Notice published, Notice edited) {
        return edited.withMarkdown(published.markdown()).equals(published);
    }
}

package org.bangtin.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bangtin.PageAhead;
import org.bangtin.attach.WebImage;
import org.bangtin.content.ContentLoader;
import org.bangtin.content.Notice;
import org.bangtin.content.NoticeCache;
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
import org.bangtin.site.Related;
import org.bangtin.site.SitePlan;
import org.bangtin.site.SitePlanner;
import org.bangtin.text.TextStore;

/**
 * The preview's first answer to an edit of published notices: renders their pages again at once,
 * from what the last build rendered (the other notices, their bodies, the related lists), and
 * writes them into the served folder, before the rebuild that brings every page up to date. An
 * editor who watches the notice sees the edit after a few tens of milliseconds (an edit of the
 * text) to a hundred or two (one of the front matter, which plans the site again) instead of
 * after a rebuild of the whole site's pages.
 *
 * <p>An edit of the text alone keeps the page's address, neighbours and lists: its page is then
 * the one the rebuild makes. An edit of the front matter (title, date, category, summary,
 * document details...) may move the page and change its neighbours: the site is planned again
 * with the edited notices, and their pages are written where the plan puts them (a new title
 * makes a new address; the page at the old one stays until the rebuild). The lists, feeds,
 * related lists and search wait for the rebuild, and may still show the notice as it was.
 *
 * <p>Nothing is written when a file does not read or render without error, when the edit takes
 * a notice off the site (draft, scheduled, hidden) or changes what other files depend on (its
 * attachments, aliases, pinned related notices, the notices it replaces or that replace it, the
 * files and photos its text shows), or
 * when anything else changed: a new, renamed or deleted file, site.yml, the theme.
 */
final class PagesAhead {
    private final BuildMemory.RenderInputs last;
    private final ZonedDateTime now;
    private final Consumer<String> newFile;

    /**
     * @param now     the build's clock, for planning the site again after a front matter edit
     * @param newFile told of each output file written at an address the site in the folder did
     *                not have, before it is written: the rebuild deletes it if its site has none
     */
    PagesAhead(BuildMemory.RenderInputs last, ZonedDateTime now, Consumer<String> newFile) {
        this.last = last;
        this.now = now;
        this.newFile = newFile;
    }

    /**
     * Renders and writes the pages of the edited notices.
     *
     * @param changed the files that changed, as the watcher saw them
     * @return the pages written; empty when the change is not an edit of published notices that
     *         can be shown ahead, and nothing was written
     */
    List<PageAhead> render(Set<Path> changed) throws IOException, OutputException {
        Map<Path, NoticePage> edited = editedPages(changed);
        if (edited.isEmpty()) {
            return List.of();
        }
        try (TextStore texts = TextStore.inMemory()) {
            Map<Path, Notice> read = readAgain(edited, texts);
            if (read.isEmpty()) {
                return List.of();
            }
            boolean textOnly = edited.values().stream()
                    .allMatch(page -> sameButText(page.entry().notice(), read.get(page.entry().notice().source())));
            SitePlan plan = textOnly ? last.plan() : planAgain(read);
            if (plan == null) {
                return List.of(); // the new plan has an error: the rebuild reports it
            }
            Map<Path, NoticePage> pages = textOnly ? edited : pagesIn(plan, read.keySet());
            if (pages.size() != edited.size() || !textOnly && movesOthers(plan, read.keySet())) {
                return List.of(); // a notice left the site, or another notice moved
            }
            Map<Notice, RenderedBody> bodies = new IdentityHashMap<>(last.bodies());
            Map<Notice, Related> related = textOnly ? last.related() : relatedOf(pages.values());
            if (!renderBodies(pages, edited, read, plan, texts, bodies)) {
                return List.of();
            }
            PageRenderer renderer = new PageRenderer(new Theme(last.contentRoot()), last.contentRoot(), last.config(),
                    plan, bodies, last.views(), related, last.pdfs(), ViewMemory.create());
            Map<NoticePage, byte[]> html = new LinkedHashMap<>();
            for (NoticePage page : pages.values()) {
                PageRenderer.Result result = renderer.render(page);
                if (result.problem() != null) {
                    return List.of(); // the rebuild reports it
                }
                html.put(page, result.html());
            }
            return write(edited, html);
        }
    }

    /**
     * The page of each changed file that is a published notice; empty when another file changed
     * that still exists (a file that came and went is an editor's temporary file).
     */
    private Map<Path, NoticePage> editedPages(Set<Path> changed) {
        Map<Path, NoticePage> bySource = pagesIn(last.plan(), changed);
        for (Path file : changed) {
            if (!bySource.containsKey(file) && Files.exists(file)) {
                return Map.of();
            }
        }
        return bySource;
    }

    /**
     * Each edited notice read again, by source file; empty when one has an error, is now a draft,
     * or changed what other files depend on.
     */
    private Map<Path, Notice> readAgain(Map<Path, NoticePage> edited, TextStore texts) {
        Diagnostics problems = new Diagnostics();
        ContentLoader loader = new ContentLoader(last.contentRoot(), last.config(), last.includeDrafts(), NoticeCache.none(),
                texts);
        Map<Path, Notice> read = new HashMap<>();
        for (NoticePage page : edited.values()) {
            Notice published = page.entry().notice();
            Optional<Notice> again = loader.loadOne(published.source(), problems);
            if (again.isEmpty() || !sameOtherFiles(published, again.get())) {
                return Map.of();
            }
            read.put(published.source(), again.get());
        }
        return problems.hasErrors() ? Map.of() : read;
    }

    /** The site planned again with the edited notices in place of the published ones; null on an error. */
    private SitePlan planAgain(Map<Path, Notice> read) {
        List<Notice> notices = new ArrayList<>(last.plan().notices().size());
        last.plan().notices().forEach(entry -> notices.add(read.getOrDefault(entry.notice().source(), entry.notice())));
        Diagnostics problems = new Diagnostics();
        SitePlan plan = new SitePlanner(last.config(), now).plan(notices, problems);
        return problems.hasErrors() ? null : plan;
    }

    /**
     * Whether {@code plan} gives another notice than the edited ones another address (an edited
     * notice took its slug): its page would be overwritten ahead of the rebuild that moves it.
     */
    private boolean movesOthers(SitePlan plan, Set<Path> edited) {
        Map<Path, String> before = last.plan().noticeUrls("");
        for (NoticeEntry entry : plan.notices()) {
            Path source = entry.notice().source();
            if (!edited.contains(source) && !entry.path().equals(before.get(source))) {
                return true;
            }
        }
        return false;
    }

    /** The notice pages of {@code plan} whose notices come from these files, by file. */
    private static Map<Path, NoticePage> pagesIn(SitePlan plan, Set<Path> sources) {
        Map<Path, NoticePage> pages = new HashMap<>();
        for (PageSpec page : plan.pages()) {
            if (page instanceof NoticePage noticePage && sources.contains(noticePage.entry().notice().source())) {
                pages.put(noticePage.entry().notice().source(), noticePage);
            }
        }
        return pages;
    }

    /** The last related lists, the edited notices keeping theirs until search catches up. */
    private Map<Notice, Related> relatedOf(java.util.Collection<NoticePage> pages) {
        Map<Path, Related> bySource = new HashMap<>();
        last.related().forEach((notice, list) -> bySource.put(notice.source(), list));
        Map<Notice, Related> related = new IdentityHashMap<>(last.related());
        for (NoticePage page : pages) {
            Related list = bySource.get(page.entry().notice().source());
            if (list != null) {
                related.put(page.entry().notice(), list);
            }
        }
        return related;
    }

    /**
     * Renders each edited notice's body as its page in {@code plan} shows it, under that page's
     * notice (the published one for a text edit: the plan and related lists know it); false when
     * one has a problem worth an error, or shows a file its published page ({@code edited}) did not.
     */
    private boolean renderBodies(Map<Path, NoticePage> pages, Map<Path, NoticePage> edited, Map<Path, Notice> read,
            SitePlan plan, TextStore texts, Map<Notice, RenderedBody> bodies) {
        Diagnostics problems = new Diagnostics();
        MarkdownRenderer markdown = new MarkdownRenderer(last.contentRoot(), texts);
        Map<Path, String> urls = plan.noticeUrls(last.config().basePath());
        boolean sameFiles = true;
        for (Map.Entry<Path, NoticePage> edit : pages.entrySet()) {
            Notice notice = edit.getValue().entry().notice();
            RenderedBody before = last.bodies().get(edited.get(edit.getKey()).entry().notice());
            RenderedBody after = markdown.render(read.get(edit.getKey()), last.config().basePath() + edit.getValue().path(),
                    urls, problems);
            sameFiles &= before != null && sameFiles(before, after);
            bodies.put(notice, after);
        }
        return sameFiles && !problems.hasErrors();
    }

    /**
     * Whether a body still links the files it did, and shows the same photos' copies: a file or
     * copy new to the page is published by the rebuild only, and the page ahead would show it
     * missing (an image's empty box) until a reload that its unchanged page no longer brings.
     */
    private static boolean sameFiles(RenderedBody before, RenderedBody after) {
        return publishedNames(before).equals(publishedNames(after));
    }

    /** The names a body's files and photos' copies are published under (not the lines that name them). */
    private static Set<String> publishedNames(RenderedBody body) {
        Set<String> names = new java.util.HashSet<>();
        body.linkedFiles().forEach(file -> names.add(file.outputName() + " " + file.source()));
        body.webImages().forEach(image -> names.addAll(image.widths().stream().map(image::outputName).toList()));
        return names;
    }

    /** Writes the pages, each where its plan puts it; {@code edited} has where they were. */
    private List<PageAhead> write(Map<Path, NoticePage> edited, Map<NoticePage, byte[]> html) throws OutputException {
        String base = last.config().basePath();
        List<PageAhead> written = new ArrayList<>();
        for (Map.Entry<NoticePage, byte[]> page : html.entrySet()) {
            NoticePage was = edited.get(page.getKey().entry().notice().source());
            String file = page.getKey().outputFile();
            boolean moved = !was.path().equals(page.getKey().path());
            if (moved) {
                newFile.accept(file);
            }
            InPlaceOutput.replaceNow(last.outputDir(), file, page.getValue());
            written.add(new PageAhead(base + page.getKey().path(), moved ? base + was.path() : null));
        }
        return written;
    }

    /** Whether two readings of a notice differ in their body text alone. */
    private static boolean sameButText(Notice published, Notice edited) {
        return edited.withMarkdown(published.markdown()).equals(published);
    }

    /**
     * Whether an edited notice still has the fields that other output files depend on: its
     * attached files, the redirects of its aliases, its pinned related notices, the notices it
     * replaces or that replace it, and when it is published.
     */
    private static boolean sameOtherFiles(Notice published, Notice edited) {
        return published.attachments().equals(edited.attachments()) && published.aliases().equals(edited.aliases())
                && published.related().equals(edited.related())
                && Objects.equals(published.replacedBy(), edited.replacedBy())
                && Objects.equals(published.replaces(), edited.replaces()) && published.draft() == edited.draft()
                && Objects.equals(published.publish(), edited.publish());
    }
}

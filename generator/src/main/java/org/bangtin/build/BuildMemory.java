package org.bangtin.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.bangtin.attach.AttachmentInspector;
import org.bangtin.attach.PdfCatalog;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.FileStamp;
import org.bangtin.content.Notice;
import org.bangtin.content.NoticeCache;
import org.bangtin.render.BodyCache;
import org.bangtin.render.PageRenderer.PageModel;
import org.bangtin.render.RenderedBody;
import org.bangtin.render.ViewMemory;
import org.bangtin.search.LiveSearchIndex;
import org.bangtin.search.SearchDocument;
import org.bangtin.search.SearchIndex;
import org.bangtin.site.PageViews;
import org.bangtin.site.Related;
import org.bangtin.site.SitePlan;
import org.bangtin.text.TextStore;

/**
 * What a build leaves for the next build of the same site in the same process, so that the
 * preview server's rebuilds read only the files that changed, render only the bodies and pages
 * whose inputs changed, and update the served folder in place. Its result is the same site, to
 * the byte, as a build from scratch. A plain build keeps nothing. One build at a time.
 */
public final class BuildMemory {
    final NoticeCache notices;
    final BodyCache bodies;
    private final boolean remembers;
    private final ViewMemory views = ViewMemory.create();
    /** What was read from each attached PDF, with the file's stamp then. */
    private final Map<Path, AttachmentInspector.Known> pdfs = new java.util.concurrent.ConcurrentHashMap<>();
    /** The site in the output folder since the last successful build, or null. */
    private Published published;
    /** Every notice's related notices by source file, from the last build that indexed the site. */
    private Map<Path, RelatedSources> related;
    private boolean searchCurrent = true;
    /** The Lucene index kept open and updated in place; null until a build indexes. */
    private LiveSearchIndex liveIndex;
    /**
     * What the site in the output folder was rendered from; null after a failed build. Read
     * without the builder's lock (pages ahead do not wait for a build), hence volatile; what it
     * holds is never changed, only replaced.
     */
    private volatile RenderInputs rendered;
    /**
     * Output files that pages ahead wrote at addresses the site in the folder did not have (a
     * notice moved by a new title), until a build has taken them into account: the next
     * rebuild deletes those its site lacks. Written without the builder's lock.
     */
    private final Set<String> writtenAhead = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private BuildMemory(boolean remembers) {
        this.remembers = remembers;
        this.notices = remembers ? NoticeCache.create() : NoticeCache.none();
        this.bodies = remembers ? BodyCache.create() : BodyCache.none();
    }

    /** A memory for the rebuilds of one site. */
    public static BuildMemory create() {
        return new BuildMemory(true);
    }

    /** No memory: a build from scratch that keeps nothing for later. */
    public static BuildMemory none() {
        return new BuildMemory(false);
    }

    boolean remembers() {
        return remembers;
    }

    /**
     * Where a build keeps its notices' long texts: in memory when remembering, as the next build
     * reuses them; else in a temporary file, which closing the store deletes.
     */
    TextStore texts() {
        return remembers ? TextStore.inMemory() : TextStore.spilling();
    }

    /** The views of the last build, kept for the next when remembering; a new one else. */
    ViewMemory views() {
        return remembers ? views : ViewMemory.create();
    }

    /** The PDFs read before, for {@link AttachmentInspector}: kept for the next build when remembering. */
    Map<Path, AttachmentInspector.Known> pdfs() {
        return remembers ? pdfs : new java.util.concurrent.ConcurrentHashMap<>();
    }

    /**
     * What a page's template sees besides its model: the settings, the stamps of the site's own
     * files its template is made of, and the values every page receives ({@code site}, the UI
     * strings); a page is kept only while all are the same.
     */
    record RenderKey(SiteConfig config, Map<Path, FileStamp> templateFiles, Map<String, Object> shared) {
    }

    /**
     * The site a build put in the output folder.
     *
     * @param keys   each page template's render key, by template name
     * @param models each page's model, by its output path
     * @param ids    the element ids of the pages whose ids a link needed, by output path
     * @param files  every file of the site, '/' separated
     * @param noticePaths each notice's page's site path, by its source file
     */
    record Published(Path outputDir, Map<String, RenderKey> keys, Map<String, PageModel> models, Map<String, Set<String>> ids,
            Set<String> files, Map<Path, String> noticePaths) {
    }

    /**
     * What a successful build rendered its pages from: enough to render a notice's page again
     * after an edit of its text alone, ahead of the rebuild (see {@link PagesAhead}).
     *
     * @param bodies the rendered body of every notice in the plan
     */
    record RenderInputs(Path contentRoot, Path outputDir, boolean includeDrafts, SiteConfig config, SitePlan plan,
            Map<Notice, RenderedBody> bodies, PageViews views, Map<Notice, Related> related, PdfCatalog pdfs) {
    }

    /** A notice's related notices, by their source files. */
    record RelatedSources(List<Path> sources, boolean fallback) {
    }

    /** The related lists of the last build that indexed the site; null before the first. */
    Map<Path, RelatedSources> related() {
        return related;
    }

    /**
     * The index of {@code documents}: the memory's own, updated in place, when it remembers;
     * else one built from scratch, unless {@code cancelled} stops it.
     */
    SearchIndex index(List<SearchDocument> documents, BooleanSupplier cancelled) throws IOException {
        if (!remembers) {
            return SearchIndex.of(documents, cancelled);
        }
        try {
            if (liveIndex == null) {
                liveIndex = LiveSearchIndex.of(documents);
            } else {
                liveIndex.update(documents, cancelled);
            }
            return liveIndex.current();
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // a stopped update leaves the index as the last one left it
        } catch (IOException | RuntimeException e) {
            liveIndex = null; // in an unknown state: the next build indexes from scratch
            throw e;
        }
    }

    /** Whether the search files and related lists in the output are those of the content. */
    public boolean searchIsCurrent() {
        return searchCurrent;
    }

    void searchCurrent(boolean current) {
        searchCurrent = current;
    }

    void related(Map<Notice, Related> lists) {
        if (remembers) {
            Map<Path, RelatedSources> bySource = new java.util.HashMap<>();
            lists.forEach((notice, list) -> bySource.put(notice.source(), new RelatedSources(
                    list.notices().stream().map(e -> e.notice().source()).toList(), list.fallback())));
            related = bySource;
        }
    }

    /** The site in {@code outputDir}, as the last successful build left it; null if unknown. */
    Published published(Path outputDir) {
        return published != null && published.outputDir().equals(outputDir) ? published : null;
    }

    void published(Published site) {
        if (remembers) {
            published = site;
        }
    }

    /** What the site in {@code outputDir} was rendered from, unless a build failed since; else null. */
    RenderInputs rendered(Path outputDir) {
        return rendered != null && rendered.outputDir().equals(outputDir) ? rendered : null;
    }

    /** Remembers what a successful build rendered from. */
    void rendered(RenderInputs inputs) {
        if (remembers) {
            rendered = inputs;
        }
    }

    /** Tells that a page ahead was written to {@code file}, which the site in the folder did not have. */
    void wroteAhead(String file) {
        writtenAhead.add(file);
    }

    /** The files pages ahead wrote at new addresses since the last build took them into account. */
    Set<String> writtenAhead() {
        return Set.copyOf(writtenAhead);
    }

    /** Tells that the folder's site, as a build just left it, accounts for these files written ahead. */
    void accountedFor(Set<String> files) {
        writtenAhead.removeAll(files);
    }

    /** Forgets it: a build failed, and the served site is no longer what the content says. */
    void renderFailed() {
        rendered = null;
    }
}

package org.bangtin.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.BuildResult.Status;
import org.bangtin.PageAhead;
import org.bangtin.PdfSummary;
import org.bangtin.attach.AttachmentInspector;
import org.bangtin.attach.PdfCatalog;
import org.bangtin.attach.WebImage;
import org.bangtin.attach.WebImages;
import org.bangtin.config.BaseUrl;
import org.bangtin.config.SiteConfig;
import org.bangtin.config.SiteConfigReader;
import org.bangtin.content.Attachment;
import org.bangtin.content.ContentLoader;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.bangtin.output.OutputException;
import org.bangtin.output.InPlaceOutput;
import org.bangtin.output.OutputTarget;
import org.bangtin.output.StagedOutput;
import org.bangtin.render.InternalLink;
import org.bangtin.render.LinkChecker;
import org.bangtin.render.MarkdownRenderer;
import org.bangtin.render.PageRenderer;
import org.bangtin.render.PageRenderer.PageModel;
import org.bangtin.render.RedirectPage;
import org.bangtin.render.RenderedBody;
import org.bangtin.render.ServerRedirects;
import org.bangtin.render.SiteFiles;
import org.bangtin.render.Theme;
import org.bangtin.search.SearchDocument;
import org.bangtin.search.SearchIndex;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.PageViews;
import org.bangtin.site.Redirects;
import org.bangtin.site.Related;
import org.bangtin.site.SitePlan;
import org.bangtin.site.SitePlanner;
import org.bangtin.stats.AccessLogCounter;
import org.bangtin.text.TextStore;

/**
 * One build: content → site → render → output. Collects every problem on the way; the new site
 * is swapped in only when there is no error at all.
 */
public final class BuildPipeline {
    private final BuildRequest request;
    private final Path contentRoot;
    private final Diagnostics problems = new Diagnostics();
    private final PhaseTimer timer = new PhaseTimer();
    /** Output files whose element ids internal links need, and those ids once the pages are rendered. */
    private Set<String> pagesWithAnchorsNeeded = Set.of();
    private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
    private PdfCatalog pdfs = PdfCatalog.EMPTY;
    private final BuildMemory memory;
    private final boolean searchLater;
    /** What the commit wrote or deleted. */
    private List<String> changed = List.of();
    private final Path outputDir;
    /** The site in the output folder that this build updates in place; null for a staged build. */
    private BuildMemory.Published inPlace;
    /** Where this build keeps its notices' Markdown, HTML and plain text. */
    private TextStore texts;
    /** Each page's model, kept for the next build when the memory remembers. */
    private final Map<String, PageModel> models = new ConcurrentHashMap<>();
    /** The template problems of the pages, told once each after they are all rendered. */
    private final TemplateFailures templateFailures = new TemplateFailures();
    /** The files pages ahead wrote at new addresses before this build began; it accounts for them. */
    private Set<String> writtenAhead = Set.of();
    /** The URL paths of the notices' pages that this build moved (old to new), base path included. */
    private Map<String, String> moved = Map.of();

    public BuildPipeline(BuildRequest request) {
        this(request, BuildMemory.none());
    }

    /** A build that reuses what {@code memory} kept of the last build, and leaves its own there. */
    public BuildPipeline(BuildRequest request, BuildMemory memory) {
        this(request, memory, false);
    }

    /**
     * @param searchLater reuse the search files and related lists of the last build in the
     *                    memory, if any, instead of indexing: the preview's quick rebuild, to be
     *                    followed by a build that indexes
     */
    public BuildPipeline(BuildRequest request, BuildMemory memory, boolean searchLater) {
        this.searchLater = searchLater;
        this.request = request;
        this.memory = memory;
        this.contentRoot = followed(request.contentDir().toAbsolutePath().normalize());
        this.outputDir = request.outputDir().toAbsolutePath().normalize();
    }

    /**
     * The content folder, through a symbolic link if it is one: the folder walk does not follow
     * links, and would otherwise find no notice in it.
     */
    private static Path followed(Path folder) {
        try {
            return Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        } catch (IOException e) {
            return folder; // a dangling link: checkRequest reports the missing folder
        }
    }

    /**
     * The pages of the edited notices, rendered from what the last build in {@code memory}
     * rendered and written into the request's output folder ({@link PagesAhead}); none when the
     * change is not such an edit or the last build failed.
     */
    public static List<PageAhead> pagesAhead(BuildRequest request, BuildMemory memory, Set<Path> changed) {
        BuildMemory.RenderInputs last = memory.rendered(request.outputDir().toAbsolutePath().normalize());
        if (last == null || last.includeDrafts() != request.includeDrafts()
                || !last.contentRoot().equals(followed(request.contentDir().toAbsolutePath().normalize()))) {
            return List.of();
        }
        try {
            return new PagesAhead(last, request.clock(last.config().timeZone()), memory::wroteAhead).render(changed);
        } catch (IOException | UncheckedIOException | OutputException e) {
            return List.of(); // the rebuild that follows meets it too, and reports it
        }
    }

    public BuildResult run() {
        BuildResult result = attempt();
        if (!result.succeeded() && result.status() != Status.CANCELLED) {
            memory.renderFailed(); // no pages ahead of a rebuild until one succeeds
        }
        return result;
    }

    private BuildResult attempt() {
        Diagnostic invalid = checkRequest();
        if (invalid != null) {
            problems.report(invalid);
            return result(Status.INVALID_REQUEST, 0, null);
        }
        try (OutputTarget output = openOutput(); TextStore store = memory.texts()) {
            texts = store;
            return build(output);
        } catch (OutputException e) {
            problems.report(Diagnostic.error(null, 0, e.getMessage(), ""));
            return result(Status.INVALID_REQUEST, 0, null);
        } catch (CancellationException e) {
            return result(Status.CANCELLED, 0, null);
        } catch (TextStore.Failure e) {
            problems.report(Diagnostic.error(null, 0, e.getMessage(), "free some space there, or choose another"
                    + " temporary folder with the JVM option -Djava.io.tmpdir=..."));
            return result(Status.CONTENT_ERRORS, 0, null);
        } catch (IOException | UncheckedIOException e) {
            problems.report(Diagnostic.error(null, 0, "cannot read the content folder: " + e.getMessage(),
                    "check that the folder and its files can be read"));
            return result(Status.CONTENT_ERRORS, 0, null);
        } catch (OutOfMemoryError e) {
            // Thrown up to here, the build's data is garbage again: there is memory to say so.
            problems.report(Diagnostic.error(null, 0, "the build ran out of memory: the Java heap, at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, is too small for this site",
                    "give Java more: BANGTIN_OPTS=-Xmx2g for the bangtin command, MAVEN_OPTS=-Xmx2g for mvn"
                            + " (a site of 100,000 notices builds with 2 GB)"));
            return result(Status.CONTENT_ERRORS, 0, null);
        }
    }

    /**
     * The served folder itself, when the memory knows the site in it (a rebuild writes only what
     * changed); else a staging folder that replaces it whole.
     */
    private OutputTarget openOutput() throws OutputException {
        BuildMemory.Published previous = memory.published(outputDir);
        writtenAhead = memory.writtenAhead();
        if (previous != null) {
            try {
                Set<String> files = new java.util.HashSet<>(previous.files());
                files.addAll(writtenAhead); // deleted unless this site has them
                OutputTarget output = InPlaceOutput.open(outputDir, files);
                inPlace = previous;
                return output;
            } catch (OutputException e) {
                // The folder was deleted or replaced behind our back: build it whole again.
            }
        }
        return StagedOutput.open(outputDir);
    }

    private BuildResult build(OutputTarget output) throws IOException, OutputException {
        SiteConfig config = SiteConfigReader.read(contentRoot, problems);
        if (request.baseUrl() != null) {
            config = config.withBaseUrl(request.baseUrl());
        }
        if (!DefaultSettingsCheck.check(request.contentDir(), contentRoot, request.baseUrl() != null, problems)) {
            return result(Status.CONTENT_ERRORS, 0, null);
        }
        Theme theme = new Theme(contentRoot);
        boolean themeSpeaksLanguage = LanguageCheck.check(theme, config.language(), contentRoot, problems);
        MessageKeysCheck.check(theme, contentRoot, problems);
        SearchPageCheck.check(theme, contentRoot, problems);
        request.progress().progress("reading", 0, 0);
        ContentLoader.Notices read = new ContentLoader(contentRoot, config, request.includeDrafts(), memory.notices, texts)
                .loadAll(problems);
        List<Notice> notices = read.planned();
        notices.forEach(notice -> problems.addAll(memory.notices.documentProblems(notice)));
        timer.lap("load");
        checkpoint();

        SitePlan plan = new SitePlanner(config, request.clock(config.timeZone())).plan(notices, problems);
        timer.lap("plan");
        checkpoint();

        MarkdownRenderer markdown = new MarkdownRenderer(contentRoot, texts, whyUnpublished(plan, read.drafts()));
        Map<Notice, RenderedBody> bodies = renderBodies(markdown, plan, config);
        checkBodiesOnly(markdown, read.bodiesOnly(), plan, config);
        timer.lap("markdown");
        checkpoint();
        List<InternalLink> links = plan.notices().stream().flatMap(e -> bodies.get(e.notice()).internalLinks().stream()).toList();
        LinkChecker checker = new LinkChecker(config.basePath());
        pagesWithAnchorsNeeded = checker.pagesWithAnchorsNeeded(links);

        Diagnostics logProblems = new Diagnostics();
        PageViews views = PageViews.NOT_COUNTED;
        if (!request.accessLogs().isEmpty()) {
            views = new AccessLogCounter(config.basePath()).count(request.accessLogs(), logProblems);
            timer.lap("logs");
        }

        pdfs = new AttachmentInspector(contentRoot, request.cacheDir(), config.attachmentWarnSize(), memory.pdfs())
                .inspect(plan.notices().stream().map(NoticeEntry::notice).toList(), n -> filesOf(n, bodies), problems);
        timer.lap("pdf");
        checkpoint();
        if (!themeSpeaksLanguage) {
            return result(Status.CONTENT_ERRORS, plan.notices().size(), null); // no page could be rendered
        }

        OutputFiles files = new OutputFiles(output, problems);
        boolean reuseSearch = searchLater && inPlace != null && memory.related() != null;
        Map<Notice, Related> related = reuseSearch ? reuseSearch(plan, config, files) : search(plan, bodies, config, files);

        PageRenderer pages = new PageRenderer(theme, contentRoot, config, plan, bodies, views, related, pdfs,
                memory.views());
        RenderKeys renderKeys = new RenderKeys(theme, config, pages.sharedValues());
        writePages(plan, pages, files, renderKeys, inPlace);
        templateFailures.reportTo(problems);
        timer.lap("render");
        checkpoint();

        writeRedirects(plan, config, theme, files);
        writeAttachments(plan, bodies, files);
        theme.staticFiles(problems).forEach(files::writeStatic);
        new SiteFiles(config, bodies).files(plan).forEach(files::writeGenerated);
        timer.lap("write");
        problems.addAll(checker.check(links, files.paths(), anchors, textIds(plan, bodies), request.strict()));
        timer.lap("check");

        if (request.strict()) {
            problems.promoteWarnings();
        }
        problems.addAll(logProblems.sorted()); // unreadable log lines are never fatal, not even under --strict
        if (problems.hasErrors()) {
            return result(Status.CONTENT_ERRORS, plan.notices().size(), files);
        }
        checkpoint();
        output.commit();
        output.leftover().ifPresent(left -> problems.warning(null, 0, left,
                "delete it by hand (it may hold files of another user); until then the next build moves it aside"));
        timer.lap("commit");
        changed = output instanceof InPlaceOutput rebuilt ? rebuilt.changed() : files.paths().stream().sorted().toList();
        memory.accountedFor(writtenAhead);
        if (memory.remembers()) {
            Map<Path, String> noticePaths = plan.noticeUrls("");
            if (inPlace != null) {
                moved = movedPages(inPlace.noticePaths(), noticePaths, config.basePath());
            }
            memory.published(new BuildMemory.Published(outputDir, renderKeys.all(), Map.copyOf(models),
                    Map.copyOf(anchors), files.paths(), noticePaths));
        }
        if (!reuseSearch) {
            memory.related(related);
        }
        memory.rendered(new BuildMemory.RenderInputs(contentRoot, outputDir, request.includeDrafts(), config, plan,
                bodies, views, related, pdfs));
        memory.searchCurrent(!reuseSearch);
        return result(Status.SUCCESS, plan.notices().size(), files);
    }

    /**
     * Indexes the notices and writes each search file as soon as it is made (at 100,000 notices
     * they are 270 MB that neither the related lists nor the rendering need held); gives every
     * notice's related notices.
     */
    private Map<Notice, Related> search(SitePlan plan, Map<Notice, RenderedBody> bodies, SiteConfig config,
            OutputFiles files) throws IOException {
        return SearchStage.run(plan, bodies, pdfs, config, problems, timer, new SearchStage.Indexer() {
            @Override
            public SearchIndex index(List<SearchDocument> documents) throws IOException {
                return memory.index(documents, request::cancelled);
            }

            @Override
            public boolean cancelled() {
                return request.cancelled();
            }
        }, files::writeStatic);
    }

    /** The preview's quick rebuild: the search files in place and the last related lists stay. */
    private Map<Notice, Related> reuseSearch(SitePlan plan, SiteConfig config, OutputFiles files) {
        Map<Notice, Related> related = SearchStage.reuse(plan, memory.related(), config, problems);
        timer.lap("related");
        inPlace.files().stream().filter(path -> path.startsWith(SearchStage.FOLDER)).forEach(files::keepFile);
        return related;
    }

    /** Why each notice read but not published is left out, by its source file: drafts, scheduled or hidden ones. */
    private static Map<Path, String> whyUnpublished(SitePlan plan, List<Path> drafts) {
        Map<Path, String> why = new java.util.HashMap<>(plan.leftOut());
        drafts.forEach(draft -> why.put(draft, "a draft ('draft: true')"));
        return why;
    }

    private Map<Notice, RenderedBody> renderBodies(MarkdownRenderer markdown, SitePlan plan, SiteConfig config) {
        Map<Path, String> urls = plan.noticeUrls(config.basePath());
        List<RenderedBody> rendered = plan.notices().parallelStream()
                .map(e -> memory.bodies.render(markdown, e.notice(), config.basePath() + e.path(), urls, problems))
                .toList();
        memory.bodies.retainOnly(plan.notices().stream().map(NoticeEntry::notice).toList());
        Map<Notice, RenderedBody> bodies = new IdentityHashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            bodies.put(plan.notices().get(i).notice(), rendered.get(i));
        }
        return bodies;
    }

    /**
     * Renders the bodies of the notices whose title or date has an error, which have no page, at a
     * placeholder address: only for the problems of their text, reported with the rest.
     */
    private void checkBodiesOnly(MarkdownRenderer markdown, List<Notice> notices, SitePlan plan, SiteConfig config) {
        if (notices.isEmpty()) {
            return;
        }
        Map<Path, String> urls = plan.noticeUrls(config.basePath());
        notices.forEach(notice -> markdown.render(notice, config.basePath() + "/_/", urls, problems));
    }

    /**
     * Renders every page, or keeps the page in place when its model and render key equal those it
     * was rendered from ({@code kept} is the site in place, or null when every page is written).
     */
    private void writePages(SitePlan plan, PageRenderer renderer, OutputFiles files, RenderKeys keys,
            BuildMemory.Published kept) {
        int total = plan.pages().size();
        AtomicInteger done = new AtomicInteger();
        plan.pages().parallelStream().forEach(page -> {
            if (request.cancelled()) {
                return; // the checkpoint after this stops the build
            }
            String path = page.outputFile();
            PageModel model = renderer.model(page);
            if (memory.remembers()) {
                models.put(path, model);
            }
            // The key first: its stamps are taken before the template is first read.
            boolean sameKey = keys.unchangedSince(model.template(), kept == null ? Map.of() : kept.keys());
            if (kept != null && sameKey && model.equals(kept.models().get(path))) {
                files.keepPage(path);
                if (pagesWithAnchorsNeeded.contains(path)) {
                    anchors.put(path, kept.ids().containsKey(path) ? kept.ids().get(path) : idsOnDisk(path));
                }
            } else {
                render(renderer, model, path, files);
            }
            int count = done.incrementAndGet();
            if (count % 500 == 0 || count == total) {
                request.progress().progress("rendering", count, total);
            }
        });
    }

    private void render(PageRenderer renderer, PageModel model, String path, OutputFiles files) {
        PageRenderer.Result result = renderer.render(model);
        if (result.problem() != null) {
            templateFailures.add(result.problem(), path);
        } else {
            files.writePage(path, result.html());
            if (pagesWithAnchorsNeeded.contains(path)) {
                anchors.put(path, LinkChecker.ids(result.html()));
            }
        }
    }

    /** The ids of a notice's own text by its page's output file, read only for a missing anchor's hint. */
    private static java.util.function.Function<String, java.util.Optional<Set<String>>> textIds(SitePlan plan,
            Map<Notice, RenderedBody> bodies) {
        Map<String, Notice> byFile = new java.util.HashMap<>();
        plan.notices().forEach(e -> byFile.put(e.path().substring(1) + "index.html", e.notice()));
        return file -> java.util.Optional.ofNullable(byFile.get(file))
                .map(notice -> LinkChecker.ids(bodies.get(notice).html().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The notices whose page's site path changed, old URL path to new, by their source files. */
    private static Map<String, String> movedPages(Map<Path, String> before, Map<Path, String> now, String basePath) {
        Map<String, String> moved = new java.util.TreeMap<>();
        now.forEach((source, path) -> {
            String was = before.get(source);
            if (was != null && !was.equals(path)) {
                moved.put(basePath + was, basePath + path);
            }
        });
        return moved;
    }

    /** The element ids of a page kept in place, read from the served folder. */
    private Set<String> idsOnDisk(String path) {
        try {
            return LinkChecker.ids(Files.readAllBytes(outputDir.resolve(path)));
        } catch (IOException e) {
            return Set.of();
        }
    }

    private void writeRedirects(SitePlan plan, SiteConfig config, Theme theme, OutputFiles files) throws IOException {
        RedirectPage page = new RedirectPage(config, theme.messages(config.language()).getOrDefault("redirect.text", ""));
        List<org.bangtin.site.Redirect> redirects = Redirects.plan(plan, config.basePath(), problems);
        redirects.forEach(r -> files.writeRedirect(r.outputFile(), page.render(r)));
        new ServerRedirects(redirects, plan.notices(), config.basePath()).files().forEach(files::writeGenerated);
    }

    private void writeAttachments(SitePlan plan, Map<Notice, RenderedBody> bodies, OutputFiles files) {
        writeWebImages(plan, bodies, files);
        Set<String> previews = new java.util.HashSet<>();
        for (NoticeEntry entry : plan.notices()) {
            String folder = entry.path().substring(1);
            entry.notice().attachments().forEach(a -> files.copy(folder + a.outputName(), a.source()));
            bodies.get(entry.notice()).linkedFiles().forEach(a -> files.copy(folder + a.outputName(), a.source()));
            for (Attachment attachment : entry.notice().attachments()) {
                pdfs.of(attachment).filter(f -> f.preview() != null && previews.add(f.previewPath()))
                        .ifPresent(f -> files.writeStatic(f.previewPath(), f.preview().png()));
            }
        }
    }

    /**
     * The copies of the notices' photos that their pages show, made on all cores (or taken from
     * the cache). A photo Java cannot decode is published as it is under the copy's name, with a
     * warning: the page still shows it, only not lighter.
     */
    private void writeWebImages(SitePlan plan, Map<Notice, RenderedBody> bodies, OutputFiles files) {
        WebImages made = new WebImages(request.cacheDir());
        plan.notices().parallelStream().forEach(entry -> {
            String folder = entry.path().substring(1);
            Set<String> written = new java.util.HashSet<>();
            for (WebImage image : bodies.get(entry.notice()).webImages()) {
                if (!written.add(image.outputName())) {
                    continue; // the same photo twice in one notice
                }
                WebImages.Made copies = made.bytes(image);
                if (copies.problem() == null) {
                    copies.copies().forEach((name, bytes) -> files.writeStatic(folder + name, bytes));
                } else {
                    image.widths().forEach(width -> files.copy(folder + image.outputName(width), image.source()));
                    problems.warning(entry.notice().sourceName(), image.original().line(), "the photo " + image.source().getFileName() + " "
                            + copies.problem() + ": its page shows it at its full weight",
                            "save it again from an image editor, at most " + image.width() + " pixels wide");
                }
            }
        });
    }

    /** Every file a notice publishes: its attachments, then the files its text links to. */
    private static List<Attachment> filesOf(Notice notice, Map<Notice, RenderedBody> bodies) {
        List<Attachment> files = new java.util.ArrayList<>(notice.attachments());
        files.addAll(bodies.get(notice).linkedFiles());
        return files;
    }

    /** Stops the build when the request was cancelled; the output is left as it was. */
    private void checkpoint() {
        if (request.cancelled()) {
            throw new CancellationException();
        }
    }

    /** Refuses requests that cannot work, before anything is touched. */
    private Diagnostic checkRequest() {
        if (!Files.isDirectory(contentRoot)) {
            return Diagnostic.error(null, 0, "the content folder " + contentRoot + " does not exist or is not a folder", "");
        }
        Path output = request.outputDir().toAbsolutePath().normalize();
        if (contentRoot.startsWith(output)) {
            return Diagnostic.error(null, 0, "the output folder " + output + " would replace the content folder "
                    + contentRoot + "; choose an output folder outside it, such as " + contentRoot.resolve("target/site"), "");
        }
        Path cache = request.cacheDir().toAbsolutePath().normalize();
        if (cache.startsWith(output) || output.startsWith(cache)) {
            return Diagnostic.error(null, 0, "the cache folder " + cache + " and the output folder " + output
                    + " must be apart: the output folder is replaced whole on every build", "");
        }
        if (request.baseUrl() != null) {
            return BaseUrl.problem(request.baseUrl()).map(problem -> Diagnostic.error(null, 0, request.baseUrlSource()
                    + ": \"" + request.baseUrl() + "\" is not a site address: " + problem.reason(), problem.hint()))
                    .orElse(null);
        }
        return null;
    }

    private BuildResult result(Status status, int notices, OutputFiles files) {
        List<String> changedFiles = status == Status.SUCCESS ? changed : List.of();
        int pageCount = files == null ? 0 : files.pageCount();
        int fileCount = files == null ? 0 : files.fileCount();
        return new BuildResult(status, status == Status.CANCELLED ? List.of() : problems.sorted(), notices, pageCount, fileCount,
                request.outputDir().toAbsolutePath().normalize(), timer.total(), timer.times(), pdfSummary(), changedFiles,
                status == Status.SUCCESS ? moved : Map.of());
    }

    private PdfSummary pdfSummary() {
        PdfCatalog.Summary s = pdfs.summary();
        return new PdfSummary(s.pdfs(), s.pages(), s.reused(), s.withoutText());
    }
}

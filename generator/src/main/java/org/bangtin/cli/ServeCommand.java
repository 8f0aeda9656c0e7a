package org.bangtin.cli;

import java.io.IOException;
import java.io.PrintWriter;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.PreviewLock;
import org.bangtin.SiteBuilder;
import org.bangtin.config.SiteConfigReader;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.bangtin.serve.IdleHeap;
import org.bangtin.serve.LiveReload;
import org.bangtin.serve.PagesThenSearch;
import org.bangtin.serve.PreviewAddress;
import org.bangtin.serve.PreviewServer;
import org.bangtin.serve.RebuildOnChange;
import org.bangtin.serve.SiteWatcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bangtin serve}: a local preview that rebuilds when the content changed. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the site in CONTENT-DIR and serves it for a preview until Ctrl-C.",
            "It watches the notices, site.yml and the theme files: on a change it rebuilds and reloads the"
                + " open browser tabs; a bad edit shows its problems over the last good page until it is fixed."
                + " The preview uses the server's own address as base URL; the live-reload script is only added"
                + " to the pages this server sends, never to a build's output."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT-DIR", defaultValue = ".",
            description = "Folder with site.yml and the notices (default: the current folder).")
    Path contentDir;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: the loopback address; give 0.0.0.0 to open the preview to the network).")
    String bind;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT-DIR",
            description = "Folder the preview is built into (default: CONTENT-DIR/target/bangtin-serve).")
    Path outputDir;

    @Option(names = "--drafts", description = "Also show notices marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--poll", description = "Look at the files every second for changes (less often on a large site),"
            + " rather than hear of them from the system: for a content folder on a network share edited from other"
            + " computers, whose changes the system does not tell of.")
    boolean poll;

    @Option(names = {"-v", "--verbose"}, description = "Also print the time of each phase of each rebuild.")
    boolean verbose;

    /** The problems printed after the last build. */
    private java.util.Set<String> shown = java.util.Set.of();

    /** One builder for the whole preview: after the first build it rebuilds only what changed. */
    private final SiteBuilder builder = SiteBuilder.incremental();

    @Override
    public Integer call() throws IOException {
        IdleHeap.applyWhereUnset(); // for 'java -jar bangtin.jar serve': the launcher gives them itself
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isDirectory(contentDir)) {
            // A mistyped folder: serving an error page and watching nothing would only hide it.
            err.println("bangtin: the content folder " + contentDir.toAbsolutePath().normalize() + " does not exist or is"
                    + " not a folder; give the folder with site.yml and the notices");
            err.flush();
            return 2;
        }
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port " + port
                    + " is not a port: give one from 1 to 65535 (0 picks a free one)");
        }
        Path output = (outputDir != null ? outputDir : contentDir.resolve("target").resolve("bangtin-serve"))
                .toAbsolutePath().normalize();
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        // Served under the path of site.yml's baseUrl ("/tin-tuc"), as on the real host. Its problems
        // are the build's to report.
        String sitePath = SiteConfigReader.read(contentDir, new Diagnostics()).basePath();
        PreviewLock previewing;
        try {
            previewing = PreviewLock.take(output);
        } catch (PreviewLock.Busy e) {
            err.println("bangtin: " + e.getMessage());
            err.flush();
            return 2;
        }
        try {
            return serve(output, address, sitePath, err);
        } finally {
            previewing.close();
        }
    }

    /** Serves {@code output}, which no other preview serves from, until Ctrl-C. */
    private int serve(Path output, InetAddress address, String sitePath, PrintWriter err) throws IOException {
        // The base URL is the server's own address, known once it listens (port 0 picks a free port).
        AtomicReference<String> base = new AtomicReference<>();
        LiveReload liveReload = new LiveReload();
        PagesThenSearch steps = new PagesThenSearch(
                changed -> builder.renderPagesAhead(request(output, base.get()).build(), changed).stream()
                        .map(page -> new LiveReload.Page(page.url(), page.movedFrom())).toList(),
                () -> build(builder::buildPagesFirst, false, output, base.get(), () -> false, err),
                builder::searchPending, stop -> build(builder::build, true, output, base.get(), stop, err), liveReload);
        RebuildOnChange rebuild = new RebuildOnChange(contentDir, List.of(contentDir.resolve("target"), output), steps,
                steps::behind, steps::renderedAhead);
        PreviewServer server;
        try {
            server = PreviewServer.start(new InetSocketAddress(address, port), output, sitePath, rebuild, liveReload);
        } catch (IOException e) {
            err.println("bangtin: cannot serve on port " + port + " (" + e.getMessage() + "); choose another with --port");
            err.flush();
            return 2;
        }
        base.set("http://" + PreviewAddress.urlHost(address) + ":" + server.port() + sitePath);
        if (!address.isLoopbackAddress()) {
            err.println("bangtin: warning: the preview, drafts included, is open to every computer that can reach"
                    + " this one on port " + server.port() + " (--bind " + bind + "); leave --bind out to keep it"
                    + " to this computer");
            err.flush();
        }
        try {
            // Watching starts before the first build: a request waits for that build, and an edit saved
            // as soon as its page showed was lost while the watches were still being set up.
            SiteWatcher watcher = SiteWatcher.start(contentDir, List.of(contentDir.resolve("target"), output), poll,
                    warning -> {
                        err.println("bangtin: warning: " + warning);
                        err.flush();
                    }, steps::changeSeen, steps.afterChanges(rebuild));
            try {
                rebuild.refresh();
                spec.commandLine().getOut().println("Serving " + contentDir + " on " + server.uri()
                        + (watcher.polling() ? ", looking for changes every second" : "") + " (Ctrl-C stops)");
                spec.commandLine().getOut().flush();
                server.awaitStop();
            } finally {
                // Nothing writes to the site after this: a search step under way is stopped and waited
                // for, then a rebuild under way.
                steps.close();
                watcher.close();
            }
        } finally {
            server.close(); // also when the watch or the first build failed: no server is left behind
        }
        return 0;
    }

    private BuildRequest.Builder request(Path output, String base) {
        return BuildRequest.builder().contentDir(contentDir).outputDir(output).includeDrafts(drafts).baseUrl(base);
    }

    /**
     * One build of the preview: its problems as text when it failed, and whether it changed a page.
     *
     * @param search whether it is the build that brings search and the related lists up to date,
     *               after the pages
     */
    private PagesThenSearch.Step build(Function<BuildRequest, BuildResult> how, boolean search, Path output, String base,
            BooleanSupplier stop, PrintWriter err) {
        BuildResult result = how.apply(request(output, base).cancelWhen(stop).build());
        if (result.status() == BuildResult.Status.CANCELLED) {
            spec.commandLine().getOut().println("Stopped after " + result.duration().toMillis() + " ms: the content changed");
            spec.commandLine().getOut().flush();
            return new PagesThenSearch.Step(Optional.empty(), false);
        }
        String phases = !verbose ? "" : result.phaseTimes().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toMillis()).collect(Collectors.joining(", ", " (", ")"));
        // A failed build publishes nothing: saying it built its pages told editors the opposite. An
        // edit takes two builds, the pages then search: each says which it was, not "Built" twice.
        spec.commandLine().getOut().println(!result.succeeded()
                ? String.format(java.util.Locale.ROOT, "Not published: %d %s after %d ms (below, and in the browser);"
                        + " the last good site is still served", result.errorCount(),
                        result.errorCount() == 1 ? "error" : "errors", result.duration().toMillis())
                : search ? String.format(java.util.Locale.ROOT, "Search and related notices up to date in %d ms%s",
                        result.duration().toMillis(), phases)
                : String.format(java.util.Locale.ROOT, "Pages up to date in %d ms (%d pages)%s", result.duration().toMillis(),
                        result.pages(), phases));
        spec.commandLine().getOut().flush();
        List<String> found = org.bangtin.diag.ProblemReport.errorsLast(result.problems()).stream()
                .map(d -> d.withFileUnder(contentDir)).map(Diagnostic::format).toList();
        String problems = String.join(System.lineSeparator(), found);
        // Each rebuild finds the same warnings again: show only the new ones, and how many are old.
        List<String> fresh = found.stream().filter(p -> !shown.contains(p)).toList();
        if (!fresh.isEmpty() || found.size() != shown.size()) {
            fresh.forEach(err::println);
            if (found.size() > fresh.size()) {
                err.println("(" + (found.size() - fresh.size()) + " more problems, shown before)");
            }
            err.flush();
        }
        shown = new java.util.HashSet<>(found);
        return new PagesThenSearch.Step(result.succeeded() ? Optional.empty() : Optional.of(problems),
                result.changedPages(), result.movedPages());
    }
}

package org.bangtin.maven;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
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
import org.bangtin.serve.PreviewServer;
import org.bangtin.serve.RebuildOnChange;
import org.bangtin.serve.SiteWatcher;

/**
 * Builds the site and serves it on {@code http://127.0.0.1:8080/} for a preview, until Ctrl-C.
 * Before each page it rebuilds the site if the content changed, so saving a notice and
 * reloading shows the change; while the content has errors, the page lists them. The preview is
 * built with the server's address as base URL (so {@code baseUrl} is not used), into its own
 * folder: the published {@code target/site} is left alone.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The port to listen on, on the loopback address 127.0.0.1 only. */
    @Parameter(property = "bangtin.port", defaultValue = "8080")
    int port;

    /** The folder the preview is built into. */
    @Parameter(property = "bangtin.serveDirectory", defaultValue = "${project.build.directory}/bangtin-serve", required = true)
    File serveDirectory;

    /**
     * Look at the files every second for changes, rather than hear of them from the system: for a
     * content folder on a network share edited from other computers.
     */
    @Parameter(property = "bangtin.poll", defaultValue = "false")
    boolean poll;

    /** The project's build folder, which is not watched for changes. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** One builder for the whole preview: after the first build it rebuilds only what changed. */
    private final SiteBuilder builder = SiteBuilder.incremental();

    @Override
    SiteBuilder builder() {
        return builder;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        // Maven's JVM did not get the launcher's settings for a preview: the heap given back while idle.
        List<String> heap = IdleHeap.applyWhereUnset();
        if (!heap.isEmpty()) {
            getLog().debug("bangtin: the preview's heap settings: " + String.join(" ", heap));
        }
        Path output = serveDirectory.toPath().toAbsolutePath().normalize();
        PreviewLock previewing;
        try {
            previewing = PreviewLock.take(output);
        } catch (PreviewLock.Busy e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            serve(output);
        } finally {
            previewing.close();
        }
    }

    /** Serves {@code output}, which no other preview serves from, until Ctrl-C. */
    private void serve(Path output) throws MojoExecutionException, MojoFailureException {
        // Served under the path of site.yml's baseUrl ("/tin-tuc"), as on the real host.
        String sitePath = SiteConfigReader.read(contentDirectory.toPath(), new Diagnostics()).basePath();
        String base = "http://127.0.0.1:" + port + sitePath + "/";
        LiveReload liveReload = new LiveReload();
        PagesThenSearch steps = new PagesThenSearch(
                changed -> builder.renderPagesAhead(request(output, base).build(), changed).stream()
                        .map(page -> new LiveReload.Page(page.url(), page.movedFrom())).toList(),
                () -> rebuild(builder::buildPagesFirst, output, base, () -> false),
                builder::searchPending, stop -> rebuild(builder::build, output, base, stop), liveReload);
        RebuildOnChange rebuild = new RebuildOnChange(contentDirectory.toPath(),
                List.of(buildDirectory.toPath(), output), steps, steps::behind, steps::renderedAhead);
        PreviewServer server;
        try {
            server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), output, sitePath,
                    rebuild, liveReload);
        } catch (IOException e) {
            throw new MojoExecutionException("bangtin: cannot serve on port " + port + " (" + e.getMessage()
                    + "); choose another with -Dbangtin.port=8081", e);
        }
        try {
            // Watching starts before the first build: a request waits for that build, and an edit saved
            // as soon as its page showed was lost while the watches were still being set up.
            SiteWatcher watcher;
            try {
                watcher = SiteWatcher.start(contentDirectory.toPath(), List.of(buildDirectory.toPath(), output), poll,
                        warning -> getLog().warn("bangtin: " + warning), steps::changeSeen, steps.afterChanges(rebuild));
            } catch (IOException e) {
                throw new MojoExecutionException("bangtin: cannot watch " + contentDirectory + ": " + e.getMessage(), e);
            }
            try {
                if (rebuild.refresh().isPresent()) {
                    getLog().warn("bangtin: the site has errors; the preview shows them until they are fixed");
                }
                getLog().info("bangtin: serving " + output + " on " + server.uri()
                        + (watcher.polling() ? ", looking for changes every second" : "") + " (Ctrl-C stops)");
                server.awaitStop();
            } finally {
                // Nothing writes to the site after this: a search step under way is stopped and waited
                // for, then a rebuild under way.
                steps.close();
                try {
                    watcher.close();
                } catch (IOException e) {
                    getLog().debug(e);
                }
            }
        } finally {
            server.close(); // also when the watch or the first build failed: Maven would wait for its threads
        }
    }

    private PagesThenSearch.Step rebuild(Function<BuildRequest, BuildResult> how, Path output, String base,
            BooleanSupplier stop) {
        BuildResult result;
        try {
            result = how.apply(request(output, base).cancelWhen(stop).build());
        } catch (RuntimeException e) {
            getLog().error("bangtin failed unexpectedly: " + e, e);
            return new PagesThenSearch.Step(Optional.of("bangtin failed unexpectedly: " + e), false);
        }
        if (result.status() == BuildResult.Status.CANCELLED) {
            return new PagesThenSearch.Step(Optional.empty(), false);
        }
        log(result);
        boolean pagesChanged = result.changedPages();
        if (!failed(result)) {
            getLog().info(String.format("bangtin: rebuilt %d pages in %d ms", result.pages(), result.duration().toMillis()));
            return new PagesThenSearch.Step(Optional.empty(), pagesChanged, result.movedPages());
        }
        return new PagesThenSearch.Step(Optional.of(result.problems().stream()
                .map(d -> d.withFileUnder(contentDirectory.toPath()))
                .map(Diagnostic::format)
                .collect(Collectors.joining(System.lineSeparator()))), pagesChanged);
    }
}

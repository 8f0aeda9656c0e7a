package org.bangtin.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.InterruptGuard;
import org.bangtin.SiteBuilder;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.ProblemReport;

/**
 * What the goals that build a site share: the content and build options, and the one
 * translation of a build's result into Maven's log and exceptions.
 */
abstract class AbstractSiteMojo extends AbstractBangtinMojo {

    /** The folder with {@code site.yml} and the notices: by default the project's own folder. */
    @Parameter(property = "bangtin.contentDirectory", defaultValue = "${basedir}", required = true)
    File contentDirectory;

    /**
     * Replaces {@code baseUrl} of {@code site.yml}, e.g. {@code https://staging.example.gov.vn/tin-tuc}
     * for a staging host. Default: empty, which keeps the one in {@code site.yml}.
     */
    @Parameter(property = "bangtin.baseUrl")
    String baseUrl;

    /** Also publishes notices marked {@code draft: true}, for previews. */
    @Parameter(property = "bangtin.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Treats warnings (such as two notices that would share a URL, or a document number in the
     * wrong form) as errors: any warning fails the goal, and the previous site stays in place.
     */
    @Parameter(property = "bangtin.strict", defaultValue = "false")
    boolean strict;

    /**
     * Where the facts read from attached PDFs are kept between builds, so that an unchanged PDF is
     * not read again: in the project's build folder, not in the content folder (which may be an
     * editors' share, or read-only).
     */
    @Parameter(property = "bangtin.cacheDirectory", defaultValue = "${project.build.directory}/bangtin-cache")
    File cacheDirectory;

    /** Builds the site into {@code output}, with {@code base} or else the configured base URL. */
    final BuildResult build(Path output, String base) throws MojoExecutionException {
        // Ctrl-C stops Maven's JVM: the build stops too, and deletes its half-written copy first.
        try (InterruptGuard guard = new InterruptGuard()) {
            BuildResult result = builder().build(request(output, base).cancelWhen(guard::interrupted).build());
            if (result.status() == BuildResult.Status.CANCELLED) {
                String message = "interrupted: the previous output in " + output + " is unchanged";
                getLog().warn(message);
                throw new MojoExecutionException(message);
            }
            return result;
        } catch (RuntimeException e) {
            throw new MojoExecutionException("bangtin failed unexpectedly: " + e, e);
        }
    }

    /** The request of a build into {@code output}, with {@code base} or else the configured base URL. */
    final BuildRequest.Builder request(Path output, String base) {
        return BuildRequest.builder()
                .contentDir(contentDirectory.toPath())
                .outputDir(output)
                .includeDrafts(drafts)
                .cacheDir(cacheDirectory == null ? null : cacheDirectory.toPath())
                .baseUrl(base == null || base.isBlank() ? null : base.strip(), "the plugin's baseUrl parameter (bangtin.baseUrl)")
                .strict(strict());
    }

    /** Whether warnings count as errors in this goal's builds: as configured, unless the goal always checks strictly. */
    boolean strict() {
        return strict;
    }

    /** The builder of this goal's builds: a fresh one each time, unless a goal rebuilds one site. */
    SiteBuilder builder() {
        return SiteBuilder.create();
    }

    /**
     * Logs every problem of {@code result} as {@code file:line: message}: warnings first, errors
     * last, just above Maven's BUILD FAILURE, where a long list of warnings cannot hide them.
     */
    final void log(BuildResult result) {
        if (result.status() == BuildResult.Status.INVALID_REQUEST) {
            return; // its one problem is the message of the exception that fail() throws, which Maven prints
        }
        for (Diagnostic problem : ProblemReport.errorsLast(result.problems())) {
            String line = problem.withFileUnder(contentDirectory.toPath()).format();
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /** Whether the result fails the goal: any error (warnings are errors under {@link #strict()}). */
    final boolean failed(BuildResult result) {
        return !result.succeeded();
    }

    /**
     * Turns a failed result into the exception Maven reports: a request that cannot be carried out
     * (no content folder, an output folder bangtin did not write) is a configuration fault, and
     * problems in the content are a build failure.
     *
     * @param unchanged what stays as it was, for the message
     */
    final void fail(BuildResult result, String unchanged) throws MojoExecutionException, MojoFailureException {
        if (result.status() == BuildResult.Status.INVALID_REQUEST) {
            Diagnostic why = result.problems().isEmpty() ? null : result.problems().get(0);
            throw new MojoExecutionException("bangtin: " + (why == null ? "invalid request"
                    : why.message() + (why.hint().isEmpty() ? "" : "; " + why.hint())));
        }
        String what = result.errorCount() + " error(s)" + (strict() ? " (strict: warnings count as errors)" : "");
        String files = ProblemReport.failingFiles(result.problems(), contentDirectory.toPath());
        throw new MojoFailureException("bangtin: the site has " + what + ", listed above"
                + (files.isEmpty() ? "" : " (" + files + ")") + "; " + unchanged);
    }
}

package org.bangtin.maven;

import java.io.File;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.diag.Diagnostic;

/**
 * Builds the bangtin site of this project. Bound to the {@code site} phase, so {@code mvn site}
 * publishes it into {@code target/site}. Content errors fail the build and are listed as
 * {@code file:line: message}; the previous site stays as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractMojo {

    /** The folder with {@code site.yml} and the notices. */
    @Parameter(property = "bangtin.contentDirectory", defaultValue = "${basedir}")
    private File contentDirectory;

    /** Where the site is written; replaced whole when the build succeeds. */
    @Parameter(property = "bangtin.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File outputDirectory;

    /** Replaces {@code baseUrl} of {@code site.yml} when set. */
    @Parameter(property = "bangtin.baseUrl")
    private String baseUrl;

    /** Also publishes notices marked {@code draft: true}. */
    @Parameter(property = "bangtin.drafts", defaultValue = "false")
    private boolean drafts;

    /** Skips the build. */
    @Parameter(property = "bangtin.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bangtin: skipped");
            return;
        }
        BuildRequest request = BuildRequest.builder()
                .contentDir(contentDirectory.toPath())
                .outputDir(outputDirectory.toPath())
                .includeDrafts(drafts)
                .baseUrl(baseUrl)
                .build();
        BuildResult result;
        try {
            result = SiteBuilder.create().build(request);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("bangtin failed unexpectedly: " + e, e);
        }
        for (Diagnostic problem : result.problems()) {
            String line = problem.withFileUnder(contentDirectory.toPath()).format();
            if (problem.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (!result.succeeded()) {
            throw new MojoFailureException("bangtin: the site has " + result.errorCount()
                    + " error(s), listed above; the previous site in " + result.output() + " is unchanged");
        }
        getLog().info(String.format("bangtin: %d notices, %d pages, %d files in %d ms -> %s", result.notices(),
                result.pages(), result.files(), result.duration().toMillis(), result.output()));
    }

}

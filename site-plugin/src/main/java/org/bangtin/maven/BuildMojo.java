package org.bangtin.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bangtin.BuildResult;
import org.bangtin.output.SiteFolders;

/**
 * Builds the bangtin site of this project. Bound to the {@code site} phase, so {@code mvn site}
 * publishes it into {@code target/site}. Content errors fail the build and are listed as
 * {@code file:line: message}; the previous site then stays as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractSiteMojo {

    /**
     * Where the site is written: Maven's site folder, {@code target/site}, by default. Replaced
     * whole when the build succeeds; bangtin refuses to replace a non-empty folder it did not write.
     */
    @Parameter(property = "bangtin.outputDirectory", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        checkReplaceable(output);
        BuildResult result = build(output, baseUrl);
        log(result);
        if (failed(result)) {
            fail(result, "the previous site in " + output + " is unchanged");
        }
        getLog().info(String.format("bangtin: %d notices, %d pages, %d files in %d ms -> %s", result.notices(),
                result.pages(), result.files(), result.duration().toMillis(), output));
        if (!result.pdfs().line().isEmpty()) {
            getLog().info("bangtin: " + result.pdfs().line());
        }
    }

    /**
     * Refuses an output folder that bangtin did not write, before building: most often it holds
     * Maven's own project reports, made by maven-site-plugin earlier in the same phase.
     */
    private static void checkReplaceable(Path output) throws MojoExecutionException {
        String refused;
        try {
            refused = SiteFolders.whyNotReplaceable(output);
        } catch (IOException e) {
            throw new MojoExecutionException("bangtin: cannot read the output folder " + output + ": " + e, e);
        }
        if (refused != null) {
            throw new MojoExecutionException("bangtin: refusing to replace the output folder: " + refused
                    + ". If Maven's own project reports are in it, switch them off with maven-site-plugin's"
                    + " <configuration><skip>true</skip><skipDeploy>true</skipDeploy></configuration>");
        }
    }
}

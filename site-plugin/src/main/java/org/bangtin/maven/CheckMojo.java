package org.bangtin.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bangtin.BuildResult;
import org.bangtin.output.SiteFolders;

/**
 * Checks the content without publishing anything: front matter, dates, links to files and other
 * notices, templates. Fails the build on any error (and on warnings with {@code strict}), listing
 * each as {@code file:line: message}. {@code mvn bangtin:check} runs it alone; bind it to
 * {@code verify} (its default phase) to check on every {@code mvn verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSiteMojo {

    /** The project's build folder, where the check builds into a temporary folder it then deletes. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** Strict whatever the configuration, as {@code bangtin check} is: a broken link or anchor fails it. */
    @Override
    boolean strict() {
        return true;
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path scratch;
        try {
            Files.createDirectories(buildDirectory.toPath());
            scratch = Files.createTempDirectory(buildDirectory.toPath(), "bangtin-check-");
        } catch (IOException e) {
            throw new MojoExecutionException("bangtin: cannot create a temporary folder in " + buildDirectory + ": " + e, e);
        }
        try {
            BuildResult result = build(scratch.resolve("site"), baseUrl);
            log(result);
            if (failed(result)) {
                fail(result, "nothing was published");
            }
            getLog().info(String.format("bangtin: check passed: %d notices, %d pages, %d warning(s)", result.notices(),
                    result.pages(), result.warningCount()));
        } finally {
            try {
                SiteFolders.deleteTree(scratch);
            } catch (IOException e) {
                getLog().warn("bangtin: cannot remove the temporary folder " + scratch + ": " + e.getMessage());
            }
        }
    }
}

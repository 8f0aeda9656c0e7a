package org.bangtin.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bangtin.output.OutputException;
import org.bangtin.output.SiteFolders;
import org.bangtin.output.StagedOutput;

/**
 * Publishes the built site to a folder, atomically: the site is copied into a staging folder
 * beside the target and renamed into place, so the target shows the old site or the new one,
 * never half of each. Bound to {@code site-deploy}, so {@code mvn site-deploy} builds and
 * publishes. Only a target that is empty or was written by bangtin is ever replaced.
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.SITE_DEPLOY, threadSafe = true, requiresProject = true)
public class DeployMojo extends AbstractBangtinMojo {

    /** The built site to publish, as written by the {@code build} goal. */
    @Parameter(property = "bangtin.outputDirectory", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    /**
     * Where to publish: a {@code file:} URL of a folder, such as {@code file:///srv/www/tin}. Default:
     * the project's {@code <distributionManagement><site><url>}.
     */
    @Parameter(property = "bangtin.deployUrl", defaultValue = "${project.distributionManagement.site.url}")
    String deployUrl;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path site = outputDirectory.toPath().toAbsolutePath().normalize();
        Path target = targetFolder();
        if (!SiteFolders.isSite(site)) {
            throw new MojoFailureException("bangtin: there is no built site in " + site
                    + " to deploy; build it first (mvn site-deploy builds and deploys)");
        }
        if (target.startsWith(site) || site.startsWith(target)) {
            throw new MojoExecutionException("bangtin: cannot deploy " + site + " to " + target + ": one is inside the other");
        }
        // The build's own output stage: the copy goes into a staging folder, under the lock a
        // build of the same folder takes, and is renamed into place when complete.
        try (StagedOutput output = StagedOutput.open(target)) {
            copySite(site, output);
            output.commit();
        } catch (OutputException e) {
            throw new MojoExecutionException("bangtin: cannot deploy " + site + " to " + target + ": " + e.getMessage(), e);
        }
        getLog().info("bangtin: deployed " + site + " -> " + target);
    }

    /**
     * Copies every file of the built site into {@code output}. Symbolic links are refused rather
     * than followed, so nothing from outside the site is published.
     */
    private static void copySite(Path site, StagedOutput output) throws OutputException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = site.relativize(file).toString().replace(File.separatorChar, '/');
                if (Files.isSymbolicLink(file)) {
                    throw new OutputException("refusing to copy " + file + ": a symbolic link");
                }
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    output.copy(relative, file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot read the built site in " + site + ": " + e.getMessage(), e);
        }
    }

    private Path targetFolder() throws MojoExecutionException {
        if (deployUrl == null || deployUrl.isBlank()) {
            throw new MojoExecutionException("bangtin: no deploy target; set <deployUrl>file:///path/to/folder</deployUrl>"
                    + " in the plugin's configuration, or the project's <distributionManagement><site><url>");
        }
        try {
            URI uri = URI.create(deployUrl.strip());
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                throw new MojoExecutionException("bangtin: cannot deploy to " + deployUrl
                        + ": only file: URLs of a folder are supported (mount or sync the server's folder)");
            }
            Path target = Path.of(uri).toAbsolutePath().normalize();
            if (target.getParent() == null) {
                throw new MojoExecutionException("bangtin: cannot deploy to the file system root " + target);
            }
            return target;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new MojoExecutionException("bangtin: the deploy URL " + deployUrl + " is not a folder's file: URL ("
                    + e.getMessage() + "); write it as file:///path/to/folder", e);
        }
    }
}

package org.bangtin.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
        String url = deployUrl.strip();
        if (!url.regionMatches(true, 0, "file:", 0, "file:".length())) {
            throw new MojoExecutionException("bangtin: cannot deploy to " + deployUrl
                    + ": only file: URLs of a folder are supported (mount or sync the server's folder)");
        }
        try {
            Path target = folderOf(url).toAbsolutePath().normalize();
            if (target.getParent() == null) {
                throw new MojoExecutionException("bangtin: cannot deploy to the file system root " + target);
            }
            return target;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new MojoExecutionException("bangtin: the deploy URL " + deployUrl + " is not a folder's file: URL ("
                    + e.getMessage() + "); write it as file:///path/to/folder", e);
        }
    }

    /**
     * The folder a {@code file:} URL names. Maven pastes {@code ${project.basedir}} into such URLs
     * as it is, so a path with spaces (or, on Windows, backslashes) that makes no valid URI is
     * taken as written: {@code file:///srv/my office/www}, {@code file://C:\www}.
     */
    static Path folderOf(String url) {
        try {
            return Path.of(URI.create(url));
        } catch (IllegalArgumentException e) {
            if (!(e.getCause() instanceof URISyntaxException)) {
                throw e;
            }
            String path = url.substring("file:".length());
            path = path.startsWith("//") ? path.substring(2) : path;
            path = path.matches("/[A-Za-z]:.*") ? path.substring(1) : path; // file:///C:/www
            Path folder = Path.of(path);
            if (!folder.isAbsolute()) {
                throw new IllegalArgumentException("'" + path + "' is not an absolute path", e);
            }
            return folder;
        }
    }
}

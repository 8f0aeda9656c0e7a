package org.bangtin.maven;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.bangtin.maven.internal.SiteFolders;

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
        Path staging = SiteFolders.besides(target, "staging");
        try {
            String refused = SiteFolders.whyNotReplaceable(target);
            if (refused != null) {
                throw new MojoExecutionException("bangtin: refusing to deploy: " + refused);
            }
            SiteFolders.deleteTree(staging);
            Files.createDirectories(target.getParent());
            SiteFolders.copyTree(site, staging);
            SiteFolders.replace(target, staging);
        } catch (IOException e) {
            throw new MojoExecutionException("bangtin: cannot deploy " + site + " to " + target + ": " + e, e);
        } finally {
            try {
                SiteFolders.deleteTree(staging);
            } catch (IOException e) {
                getLog().warn("bangtin: cannot remove the staging folder " + staging + ": " + e.getMessage());
            }
        }
        getLog().info("bangtin: deployed " + site + " -> " + target);
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

package org.bangtin.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every bangtin goal has: the {@code skip} switch. */
abstract class AbstractBangtinMojo extends AbstractMojo {

    /** Skips the goal, e.g. {@code -Dbangtin.skip} to run {@code mvn site} without building the site. */
    @Parameter(property = "bangtin.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bangtin: skipped (bangtin.skip)");
            return;
        }
        run();
    }

    /** The goal's work, when not skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;
}

package org.bangtin;

import org.bangtin.build.BuildPipeline;

/**
 * Builds static sites from content folders. This, {@link BuildRequest} and {@link BuildResult}
 * are what the command line, the preview server and the Maven plugin use. Stateless and
 * thread-safe; two builds into the same output folder must not run at the same time.
 */
public final class SiteBuilder {
    private SiteBuilder() {
    }

    public static SiteBuilder create() {
        return new SiteBuilder();
    }

    /**
     * Builds the site. Never throws for bad content: every problem is in the result, and the
     * previous output stays as it was unless the result {@linkplain BuildResult#succeeded() succeeded}.
     */
    public BuildResult build(BuildRequest request) {
        return new BuildPipeline(request).run();
    }
}

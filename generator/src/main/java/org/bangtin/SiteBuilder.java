package org.bangtin;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bangtin.build.BuildMemory;
import org.bangtin.build.BuildPipeline;

/**
 * Builds static sites from content folders. This, {@link BuildRequest} and {@link BuildResult}
 * are what the command line, the preview server and the Maven plugin use. A builder from
 * {@link #create()} is stateless and thread-safe; two builds into the same output folder must not
 * run at the same time.
 */
public final class SiteBuilder {
    /** What the last build left for the next; null for a stateless builder. */
    private final BuildMemory memory;

    private SiteBuilder(BuildMemory memory) {
        this.memory = memory;
    }

    public static SiteBuilder create() {
        return new SiteBuilder(null);
    }

    /**
     * A builder for the rebuilds of one site, as the preview server makes them: after the first
     * build, a build reads only the files that changed, renders only what they change and
     * rewrites only the output files whose bytes differ, in place. Its output is byte for byte
     * the output of a build from scratch, apart from Lucene's own index files (random segment ids).
     * Builds run one at a time.
     */
    public static SiteBuilder incremental() {
        return new SiteBuilder(BuildMemory.create());
    }

    /**
     * The preview's quick rebuild: like {@link #build}, but when this builder built the site
     * before, it reuses that build's search files and "Các tin khác" lists instead of indexing,
     * so the edited pages show in a fraction of the time. Follow it with {@link #build} to bring
     * search and the related lists up to date; that build rewrites only what they change. On a
     * stateless builder, or before a first build, it is {@link #build}.
     */
    public BuildResult buildPagesFirst(BuildRequest request) {
        if (memory == null) {
            return build(request);
        }
        synchronized (memory) {
            return new BuildPipeline(request, memory, true).run();
        }
    }

    /**
     * The preview's first answer to a burst of changes: when they are edits of published notices
     * and nothing else, renders those notices' pages again at once, from what the last build
     * rendered, into its output folder, and returns them; else writes nothing and returns none.
     * An edit of the text keeps the page's address; one of the front matter may move it (a new
     * title makes a new address), and the page at the old address stays until the rebuild. A
     * rebuild must follow: until then the lists, feeds and search still show the notices as they
     * were. Never throws for bad content: a notice with an error is left to the rebuild, which
     * reports it.
     *
     * <p>It does not wait for a build under way (the preview's search step, which the edit is
     * stopping): it only reads what the last build left, which no build changes, and replaces one
     * file per page. Should that build still write the page, from the text before, the rebuild
     * that follows writes it again.
     *
     * @param changed the files that changed, absolute and normalized
     */
    public List<PageAhead> renderPagesAhead(BuildRequest request, Set<Path> changed) {
        if (memory == null) {
            return List.of();
        }
        return BuildPipeline.pagesAhead(request, memory, changed);
    }

    /** Whether the last build was a {@link #buildPagesFirst} that left search and the related lists behind. */
    public boolean searchPending() {
        if (memory == null) {
            return false;
        }
        synchronized (memory) {
            return !memory.searchIsCurrent();
        }
    }

    /**
     * Builds the site. Never throws for bad content: every problem is in the result, and the
     * previous output stays as it was unless the result {@linkplain BuildResult#succeeded() succeeded}.
     */
    public BuildResult build(BuildRequest request) {
        if (memory == null) {
            return new BuildPipeline(request).run();
        }
        synchronized (memory) {
            return new BuildPipeline(request, memory).run();
        }
    }
}

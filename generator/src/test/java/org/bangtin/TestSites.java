package org.bangtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small content folders for tests. */
public final class TestSites {
    private final Path root;

    private TestSites(Path root) {
        this.root = root;
    }

    /**
     * A content folder at {@code root}, created if needed. A new one gets a {@code site.yml} that
     * names the default base URL, as a real site names its own: a site without one is warned
     * about. Tests of other settings write their own {@code site.yml} over it.
     */
    public static TestSites at(Path root) {
        try {
            Files.createDirectories(root);
            Path settings = root.resolve("site.yml");
            if (!Files.exists(settings)) {
                Files.writeString(settings, "baseUrl: \"http://localhost:8080\"\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestSites(root);
    }

    public Path root() {
        return root;
    }

    /** Writes {@code text} as UTF-8 to {@code relative}, creating folders. */
    public TestSites file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSites bytes(String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes {@code relative}, if it is there. */
    public TestSites delete(String relative) {
        try {
            Files.deleteIfExists(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A notice with the given title and date, and a short body. */
    public TestSites notice(String relative, String title, String date, String extraFrontMatter, String body) {
        return file(relative, "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extraFrontMatter + "---\n" + body + "\n");
    }

    /** Builds the site into {@code output}. */
    public BuildResult build(Path output) {
        return SiteBuilder.create().build(BuildRequest.builder().contentDir(root).outputDir(output).build());
    }
}

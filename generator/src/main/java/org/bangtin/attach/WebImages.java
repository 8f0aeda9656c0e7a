package org.bangtin.attach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The copies of the {@link WebImage}s a build publishes, made once and then kept in the build
 * cache by the SHA-256 of the original and each copy's width ({@code <sha>-w1280.jpg}): decoding
 * a phone's photo takes a few tenths of a second. Thread-safe.
 */
public final class WebImages {
    /** Part of the folder name: change it whenever making copies changes, to start afresh. */
    static final String VERSION = "web-image-2";

    private final Path folder;

    /** @param cacheRoot the build cache's folder; null caches nothing */
    public WebImages(Path cacheRoot) {
        this.folder = cacheRoot == null ? null : cacheRoot.resolve(VERSION);
    }

    /**
     * The copies' bytes by their output names; none, with the reason, when the original cannot be
     * decoded (a damaged file), and the page is to show the original under the widest copy's name.
     */
    public Made bytes(WebImage image) {
        byte[] original;
        try {
            original = Files.readAllBytes(image.source());
        } catch (IOException e) {
            return new Made(Map.of(), "cannot be read: " + e.getMessage());
        }
        String sha = AttachmentInspector.sha256(original);
        Map<String, byte[]> copies = new LinkedHashMap<>();
        for (int width : image.widths()) {
            cached(entry(sha, width, image)).ifPresent(bytes -> copies.put(image.outputName(width), bytes));
        }
        if (copies.size() == image.widths().size()) {
            return new Made(copies, null);
        }
        try {
            copies.clear();
            for (Map.Entry<Integer, byte[]> made : PhotoResizer.resize(image).entrySet()) {
                // Never heavier than the original: a PNG diagram of a few colours, once scaled,
                // has thousands, and a JPEG saved at a low quality gains at 0.82.
                byte[] lighter = made.getValue().length < original.length ? made.getValue() : original;
                keep(entry(sha, made.getKey(), image), lighter);
                copies.put(image.outputName(made.getKey()), lighter);
            }
            return new Made(copies, null);
        } catch (IOException | RuntimeException e) {
            return new Made(Map.of(), "cannot be decoded by Java (" + e.getMessage() + ")");
        }
    }

    /** A copy's name in the cache: {@code <sha>-w640.jpg}. */
    private static String entry(String sha, int width, WebImage image) {
        return sha + "-w" + width + (image.jpeg() ? ".jpg" : ".png");
    }

    private Optional<byte[]> cached(String name) {
        if (folder == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(folder.resolve(name)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores a copy; a cache that cannot be written only costs the next build time. */
    private void keep(String name, byte[] bytes) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            CacheFiles.write(folder, name, bytes);
        } catch (IOException e) {
            // made again next time
        }
    }

    /**
     * Copies made or found in the cache, or why they could not be made.
     *
     * @param copies  the copies' bytes by their output names; empty when they could not be made
     * @param problem why there are none, or null
     */
    public record Made(Map<String, byte[]> copies, String problem) {
    }
}

package org.bangtin.attach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes of the {@link WebImage}s a build publishes, made once and then kept in the build
 * cache by the SHA-256 of the original and the copy's width ({@code <sha>-w1280.jpg}): decoding
 * a phone's photo takes a few tenths of a second. Thread-safe.
 */
public final class WebImages {
    /** Part of the folder name: change it whenever making copies changes, to start afresh. */
    static final String VERSION = "web-image-1";

    private final Path folder;

    /** @param cacheRoot the build cache's folder; null caches nothing */
    public WebImages(Path cacheRoot) {
        this.folder = cacheRoot == null ? null : cacheRoot.resolve(VERSION);
    }

    /**
     * The copy's bytes; empty, with the reason, when the original cannot be decoded (a CMYK JPEG,
     * a damaged file), and the page is to show the original under the copy's name.
     */
    public Made bytes(WebImage image) {
        byte[] original;
        try {
            original = Files.readAllBytes(image.source());
        } catch (IOException e) {
            return new Made(Optional.empty(), "cannot be read: " + e.getMessage());
        }
        String name = AttachmentInspector.sha256(original) + "-w" + image.width() + (image.jpeg() ? ".jpg" : ".png");
        Optional<byte[]> cached = cached(name);
        if (cached.isPresent()) {
            return new Made(cached, null);
        }
        try {
            byte[] made = PhotoResizer.resize(image);
            keep(name, made);
            return new Made(Optional.of(made), null);
        } catch (IOException | RuntimeException e) {
            return new Made(Optional.empty(), "cannot be decoded by Java (" + e.getMessage() + ")");
        }
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
     * A copy made or found in the cache, or why it could not be made.
     *
     * @param bytes   the copy's bytes
     * @param problem why there are none, or null
     */
    public record Made(Optional<byte[]> bytes, String problem) {
    }
}

package org.bangtin.attach;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files of the build cache, written whole or not at all: each is written beside its place and
 * moved there, so two builds sharing the cache folder never read half a file.
 */
final class CacheFiles {
    private CacheFiles() {
    }

    static void write(Path folder, String name, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(folder, name, ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

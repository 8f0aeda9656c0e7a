package org.bangtin.attach;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The facts of PDFs already read, on disk by the SHA-256 of their bytes, so that the next build
 * reads no unchanged PDF again. Per PDF: {@code <sha>.properties} (state, pages, preview size),
 * {@code <sha>.txt} (the text) and {@code <sha>.png} (the preview). Entries are written whole or
 * not at all (each file is moved into place), so two builds sharing the folder cannot see a half
 * entry; an unreadable entry is a miss. A null folder caches nothing.
 */
final class FactsCache {
    /** Part of the folder name: change it whenever reading or drawing PDFs changes, to start afresh. */
    static final String VERSION = "pdf-3-" + PdfReader.PREVIEW_WIDTH;

    private final Path folder;

    FactsCache(Path root) {
        this.folder = root == null ? null : root.resolve(VERSION);
    }

    Optional<PdfFacts> get(String sha256) {
        if (folder == null) {
            return Optional.empty();
        }
        Path properties = folder.resolve(sha256 + ".properties");
        if (!Files.isRegularFile(properties)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            PdfFacts.State state = PdfFacts.State.valueOf(p.getProperty("state"));
            String text = Files.readString(folder.resolve(sha256 + ".txt"), StandardCharsets.UTF_8);
            Preview preview = null;
            if (p.getProperty("previewWidth") != null) {
                preview = new Preview(Files.readAllBytes(folder.resolve(sha256 + ".png")),
                        Integer.parseInt(p.getProperty("previewWidth")), Integer.parseInt(p.getProperty("previewHeight")));
            }
            return Optional.of(new PdfFacts(sha256, state, Integer.parseInt(p.getProperty("pages")), text, preview,
                    p.getProperty("problem", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is read again and replaced
        }
    }

    /** Stores {@code facts}; a cache that cannot be written only costs the next build time. */
    void put(PdfFacts facts) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            String sha = facts.sha256();
            if (facts.preview() != null) {
                write(sha + ".png", facts.preview().png());
            }
            write(sha + ".txt", facts.text().getBytes(StandardCharsets.UTF_8));
            Properties p = new Properties();
            p.setProperty("state", facts.state().name());
            p.setProperty("pages", Integer.toString(facts.pages()));
            p.setProperty("problem", facts.problem());
            if (facts.preview() != null) {
                p.setProperty("previewWidth", Integer.toString(facts.preview().width()));
                p.setProperty("previewHeight", Integer.toString(facts.preview().height()));
            }
            java.io.StringWriter text = new java.io.StringWriter();
            try (Writer out = text) {
                p.store(out, null);
            }
            // Written last: an entry exists once its properties do.
            write(sha + ".properties", text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            // Not fatal: the PDF is read again next time.
        }
    }

    private void write(String name, byte[] bytes) throws IOException {
        CacheFiles.write(folder, name, bytes);
    }
}

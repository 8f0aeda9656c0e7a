package org.bangtin.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small content folders for the goals' tests. */
final class Sites {
    private Sites() {
    }

    static Path content(Path folder, String notice) throws IOException {
        Files.createDirectories(folder.resolve("notices"));
        Files.writeString(folder.resolve("site.yml"), "title: \"Xã Phú Mỹ\"\nbaseUrl: \"https://phumy.example.gov.vn\"\n");
        Files.writeString(folder.resolve("notices/a.md"), notice);
        return folder;
    }

    static Path good(Path folder) throws IOException {
        return content(folder, "---\ntitle: \"Lịch tiếp công dân\"\ndate: 2019-04-02\nauthor: \"Văn phòng\"\n---\n\nNội dung.\n");
    }

    static Path bad(Path folder) throws IOException {
        return content(folder, "---\ntitle: \"Lịch tiếp công dân\"\ndate: 30/02/2019\n---\n\nNội dung.\n");
    }

    /** A signed PDF of the example site (the tests run in the plugin's folder, beside it). */
    static Path examplePdf() throws IOException {
        try (var pdfs = Files.walk(Path.of("../content/notices"))) {
            return pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("the example site has no PDF"));
        }
    }

    static Path oldSite(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(".bangtin-output"), "marker");
        Files.writeString(folder.resolve("index.html"), "old");
        return folder;
    }
}

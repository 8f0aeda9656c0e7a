package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {
    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void site() throws IOException {
        Path outside = temp.resolve("secret.txt");
        Files.writeString(outside, "secret");
        root = Files.createDirectories(temp.resolve("site")).toRealPath();
        Files.writeString(root.resolve("index.html"), "home");
        Files.writeString(root.resolve(".bangtin-output"), "marker");
        Files.createDirectories(root.resolve("2019/03/ke-hoach"));
        Files.writeString(root.resolve("2019/03/ke-hoach/index.html"), "page");
        Files.writeString(root.resolve("2019/03/ke-hoach/văn bản.pdf"), "pdf");
        Files.createSymbolicLink(root.resolve("link-out"), temp);
        Files.createSymbolicLink(root.resolve("secret-link.txt"), outside);
        Files.createSymbolicLink(root.resolve("home-link.html"), root.resolve("index.html"));
    }

    @Test
    void resolvesFilesAndFoldersInside() {
        assertEquals(Optional.of(root), RequestPaths.resolve(root, "/"));
        assertEquals(Optional.of(root.resolve("index.html")), RequestPaths.resolve(root, "/index.html"));
        assertEquals(Optional.of(root.resolve("2019/03/ke-hoach")), RequestPaths.resolve(root, "/2019/03/ke-hoach/"));
        assertEquals(Optional.of(root.resolve("2019/03/ke-hoach")), RequestPaths.resolve(root, "//2019//03/ke-hoach"));
    }

    @Test
    void decodesPercentEscapesAsUtf8() {
        assertEquals(Optional.of(root.resolve("2019/03/ke-hoach/văn bản.pdf")),
                RequestPaths.resolve(root, "/2019/03/ke-hoach/v%C4%83n%20b%E1%BA%A3n.pdf"));
    }

    @Test
    void followsSymbolicLinksThatStayInside() {
        assertEquals(Optional.of(root.resolve("index.html")), RequestPaths.resolve(root, "/home-link.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/2019/../../secret.txt", "/..", "/.", "/./index.html",
        "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/%2e%2e%2fsecret.txt", "/2019/..%2f..%2fsecret.txt", "/2019/%2f..%2f..%2fsecret.txt",
        "/..\\secret.txt", "/%5c..%5csecret.txt", "/..%5Csecret.txt", "/2019\\..\\..\\secret.txt",
        "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt",
        "/index.html%00.pdf", "/%", "/%zz", "/%e", "/C:%5cWindows", "/c:/windows",
        "/link-out/secret.txt", "/secret-link.txt", "/.bangtin-output", "/%2ebangtin-output",
        "/missing.html", "secret.txt", ""
    })
    void refusesAnythingOutsideOrHidden(String rawPath) {
        assertTrue(RequestPaths.resolve(root, rawPath).isEmpty(), rawPath);
    }
}

package org.bangtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {
    @TempDir
    Path dir;

    @Test
    void theTargetShowsTheNewSiteOnlyAfterCommit() throws Exception {
        Path target = dir.resolve("site");
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("index.html", bytes("mới"));
            assertFalse(Files.exists(target.resolve("index.html")));
            output.commit();
        }
        assertEquals("mới", Files.readString(target.resolve("index.html")));
        assertTrue(Files.exists(target.resolve(StagedOutput.MARKER)));
        try (var siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "no staging or old folder is left behind");
        }
    }

    @Test
    void aBuildThatDoesNotCommitLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        Path target = dir.resolve("site");
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("index.html", bytes("cũ"));
            output.commit();
        }
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("index.html", bytes("mới"));
        }
        assertEquals("cũ", Files.readString(target.resolve("index.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(1, siblings.count());
        }
    }

    @Test
    void aPathOutOfTheOutputFolderIsRefusedAndNothingIsWrittenThere() throws Exception {
        Path target = dir.resolve("site");
        try (StagedOutput output = StagedOutput.open(target)) {
            for (String path : new String[] {"../lot.html", "2019/../../lot.html", "/tmp/lot.html", "..", "."}) {
                OutputException refused = assertThrows(OutputException.class, () -> output.write(path, bytes("x")), path);
                assertTrue(refused.getMessage().contains("refusing to write '" + path + "': it is outside the output folder "
                        + target.toAbsolutePath()), refused.getMessage());
            }
            output.write("2019/../index.html", bytes("mới")); // stays inside
            output.commit();
        }
        assertEquals("mới", Files.readString(target.resolve("index.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "only the site: nothing written beside it");
        }
    }

    @Test
    void aReplacedSiteLosesItsStaleFiles() throws Exception {
        Path target = dir.resolve("site");
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("2019/03/old/index.html", bytes("cũ"));
            output.commit();
        }
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("index.html", bytes("mới"));
            output.commit();
        }
        assertFalse(Files.exists(target.resolve("2019/03/old/index.html")));
    }

    @Test
    void refusesAFolderItDidNotCreate() throws IOException {
        Path target = dir.resolve("tai-lieu");
        Files.createDirectories(target);
        Files.writeString(target.resolve("quan-trong.docx"), "dữ liệu");

        OutputException refused = assertThrows(OutputException.class, () -> StagedOutput.open(target));
        assertTrue(refused.getMessage().contains("refusing to replace " + target.toAbsolutePath()), refused.getMessage());
        assertEquals("dữ liệu", Files.readString(target.resolve("quan-trong.docx")));
    }

    @Test
    void acceptsAnEmptyFolder() throws Exception {
        Path target = Files.createDirectories(dir.resolve("empty"));
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("index.html", bytes("x"));
            output.commit();
        }
        assertTrue(Files.exists(target.resolve("index.html")));
    }

    @Test
    void neverWritesOutsideTheOutputFolder() throws Exception {
        try (StagedOutput output = StagedOutput.open(dir.resolve("site"))) {
            for (String path : new String[] {"../escape.html", "a/../../escape.html", "/etc/passwd", ""}) {
                assertThrows(OutputException.class, () -> output.write(path, bytes("x")), path);
            }
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

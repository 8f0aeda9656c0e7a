package org.bangtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        assertEquals(List.of(".site.bangtin-lock", "site"), besideTheSite(), "no staging or old folder is left behind");
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
        assertEquals(List.of(".site.bangtin-lock", "site"), besideTheSite());
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
        assertEquals(List.of(".site.bangtin-lock", "site"), besideTheSite(), "only the site: nothing written beside it");
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedUntilTheFirstHasEnded() throws Exception {
        Path target = dir.resolve("site");
        try (StagedOutput first = StagedOutput.open(target)) {
            first.write("index.html", bytes("một"));
            OutputException refused = assertThrows(OutputException.class, () -> StagedOutput.open(target));
            assertEquals("another build is writing into " + target + " now; run this one again when it has finished",
                    refused.getMessage());
            assertThrows(OutputException.class, () -> InPlaceOutput.open(target, List.of()));
            first.commit();
        }
        assertEquals("một", Files.readString(target.resolve("index.html")), "the refused builds touched nothing");
        try (InPlaceOutput rebuild = InPlaceOutput.open(target, List.of("index.html"))) {
            assertThrows(OutputException.class, () -> StagedOutput.open(target), "a preview's rebuild holds it too");
            rebuild.commit();
        }
        try (StagedOutput last = StagedOutput.open(target)) {
            last.write("index.html", bytes("hai"));
            last.commit();
        }
        assertEquals("hai", Files.readString(target.resolve("index.html")));
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
        assertTrue(refused.getMessage().contains("refusing to replace the output folder: " + target.toAbsolutePath()
                + " is not empty and was not written by bangtin"), refused.getMessage());
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

    /** The names in the site's parent folder. */
    private List<String> besideTheSite() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

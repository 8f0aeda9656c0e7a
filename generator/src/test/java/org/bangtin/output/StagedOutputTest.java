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

    /**
     * A file the new site would write byte for byte as the site in place has it is that very file
     * (a hard link): same inode, same modification time, which web servers' ETag and Last-Modified
     * and rsync's quick check go by. A changed file, one edited by hand, or a symbolic link is
     * written anew, and the site in place is never written into, whether the build commits or not.
     */
    @Test
    void anUnchangedFileIsTheSiteInPlacesOwnFileWithItsTime() throws Exception {
        Path target = dir.resolve("site");
        Path outside = Files.writeString(dir.resolve("outside.html"), "giống");
        try (StagedOutput output = StagedOutput.open(target)) {
            for (String name : List.of("giong.html", "khac.html", "sua-tay.html", "2019/03/tin/index.html")) {
                output.write(name, bytes(name.equals("khac.html") ? "cũ" : "giống"));
            }
            output.commit();
        }
        Files.writeString(target.resolve("sua-tay.html"), "sửa tay"); // edited by hand after the build
        Files.createSymbolicLink(target.resolve("lien-ket.html"), outside);
        java.nio.file.attribute.FileTime earlier = java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(target.resolve("giong.html"), earlier);
        Object sameInode = Files.getAttribute(target.resolve("giong.html"), "unix:ino");
        Object changedInode = Files.getAttribute(target.resolve("khac.html"), "unix:ino");

        try (StagedOutput unfinished = StagedOutput.open(target)) {
            unfinished.write("giong.html", bytes("giống"));
            unfinished.write("khac.html", bytes("mới"));
        } // no commit: the staging folder and its links go
        assertEquals(1, Files.getAttribute(target.resolve("giong.html"), "unix:nlink"));
        assertEquals("cũ", Files.readString(target.resolve("khac.html")));

        try (StagedOutput output = StagedOutput.open(target)) {
            for (String name : List.of("giong.html", "sua-tay.html", "lien-ket.html", "2019/03/tin/index.html")) {
                output.write(name, bytes("giống"));
            }
            output.write("khac.html", bytes("mới"));
            output.commit();
        }
        assertEquals(sameInode, Files.getAttribute(target.resolve("giong.html"), "unix:ino"));
        assertEquals(earlier, Files.getLastModifiedTime(target.resolve("giong.html")));
        assertEquals(1, Files.getAttribute(target.resolve("giong.html"), "unix:nlink"), "the previous site is gone");
        assertEquals("mới", Files.readString(target.resolve("khac.html")));
        assertTrue(!changedInode.equals(Files.getAttribute(target.resolve("khac.html"), "unix:ino")));
        assertEquals("giống", Files.readString(target.resolve("sua-tay.html")));
        assertFalse(Files.isSymbolicLink(target.resolve("lien-ket.html")), "a link of the site in place is not taken");
        assertEquals("giống", Files.readString(target.resolve("lien-ket.html")));
        assertEquals("giống", Files.readString(outside), "nothing was written through the link");
        assertEquals("giống", Files.readString(target.resolve("2019/03/tin/index.html")));
    }

    /** Files longer than one read are compared to their last byte. */
    @Test
    void aLongFileIsComparedWhole() throws Exception {
        Path target = dir.resolve("site");
        byte[] index = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(1).nextBytes(index);
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("search/a.bin", index);
            output.write("search/b.bin", index);
            output.commit();
        }
        Object a = Files.getAttribute(target.resolve("search/a.bin"), "unix:ino");
        Object b = Files.getAttribute(target.resolve("search/b.bin"), "unix:ino");
        byte[] lastByteChanged = index.clone();
        lastByteChanged[lastByteChanged.length - 1] ^= 1;
        try (StagedOutput output = StagedOutput.open(target)) {
            output.write("search/a.bin", index.clone());
            output.write("search/b.bin", lastByteChanged);
            output.commit();
        }
        assertEquals(a, Files.getAttribute(target.resolve("search/a.bin"), "unix:ino"));
        assertTrue(!b.equals(Files.getAttribute(target.resolve("search/b.bin"), "unix:ino")));
        assertTrue(java.util.Arrays.equals(lastByteChanged, Files.readAllBytes(target.resolve("search/b.bin"))));
    }

    /**
     * A copied file (an attachment) whose copy in place has its size and time is that copy; one
     * saved again is copied again, even at the same size in the same tick of the clock.
     */
    @Test
    void anUnchangedCopyIsTheSiteInPlacesOwnCopy() throws Exception {
        Path target = dir.resolve("site");
        Path pdf = Files.writeString(dir.resolve("ke-hoach.pdf"), "%PDF-1.4 bản ký số");
        Files.setLastModifiedTime(pdf, java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L)); // saved long ago
        try (StagedOutput output = StagedOutput.open(target)) {
            output.copy("2019/03/tin/ke-hoach.pdf", pdf);
            output.commit();
        }
        Object inode = Files.getAttribute(target.resolve("2019/03/tin/ke-hoach.pdf"), "unix:ino");
        try (StagedOutput output = StagedOutput.open(target)) {
            output.copy("2019/03/tin/ke-hoach.pdf", pdf);
            output.commit();
        }
        assertEquals(inode, Files.getAttribute(target.resolve("2019/03/tin/ke-hoach.pdf"), "unix:ino"));

        Files.writeString(pdf, "%PDF-1.4 bản ký số");
        Files.writeString(pdf, "%PDF-1.4 bản ký sớ"); // the same size, saved twice within moments
        try (StagedOutput output = StagedOutput.open(target)) {
            output.copy("2019/03/tin/ke-hoach.pdf", pdf);
            output.commit();
        }
        assertEquals("%PDF-1.4 bản ký sớ", Files.readString(target.resolve("2019/03/tin/ke-hoach.pdf")));

        Files.writeString(pdf, "%PDF-1.4 bản ký số, sửa lại");
        try (StagedOutput output = StagedOutput.open(target)) {
            output.copy("2019/03/tin/ke-hoach.pdf", pdf);
            output.commit();
        }
        assertEquals("%PDF-1.4 bản ký số, sửa lại", Files.readString(target.resolve("2019/03/tin/ke-hoach.pdf")));
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

package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code bangtin new} as an editor runs it. */
class NewCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void printsThePathOfTheNewNoticeAndRefusesToReplaceIt() throws IOException {
        Path content = TestSites.at(dir.resolve("content")).file("site.yml", "issuer: \"UBND xã Phú Lộc\"\n").root();

        int exit = run("new", "Kế hoạch tiêm chủng", "--type", "Kế hoạch", "--number", "35/KH-UBND", "--author", "Lê Hoa",
                "-C", content.toString());

        assertEquals(0, exit, err.toString());
        String path = out.toString().strip();
        assertTrue(path.matches("notices/20\\d\\d/ke-hoach-tiem-chung\\.md"), path);
        String text = Files.readString(content.resolve(path));
        assertTrue(text.contains("\ntype: \"Kế hoạch\"\nnumber: \"35/KH-UBND\"\nissuer: \"UBND xã Phú Lộc\"\n"), text);
        assertTrue(text.contains("\nauthor: \"Lê Hoa\"\n"), text);
        assertEquals("", err.toString());

        Files.writeString(content.resolve(path), "edited\n");
        assertEquals(1, run("new", "Kế hoạch tiêm chủng", "-C", content.toString()));
        assertTrue(err.toString().contains(path + ": error: the file already exists; bangtin new never replaces a file"),
                err.toString());
        assertEquals("edited\n", Files.readString(content.resolve(path)));
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        assertEquals(2, run("new", "Thông báo", "-C", dir.resolve("khong-co").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }
}

package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line as a user meets it: exit codes, messages, help. */
class MainTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void aGoodBuildExitsZeroWithAOneLineSummary() {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("a.md", "Thông báo", "2019-03-27", "author: \"Cái Dung\"\n", "Nội dung.").root();

        int exit = run("build", content.toString(), "-o", dir.resolve("out").toString());

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().matches("(?s)Built 1 notice: 10 pages, [0-9]+ files in [0-9.]+ s -> .*out\\R"), out.toString());
    }

    @Test
    void contentErrorsExitOneAndNameTheFileAndLineWithoutAStackTrace() {
        Path content = TestSites.at(dir.resolve("content"))
                .file("a.md", "---\ntitle: \"A\"\ntags: 5\n---\n").root();

        int exit = run("build", content.toString(), "-o", dir.resolve("out").toString());

        assertEquals(1, exit);
        String shown = content.resolve("a.md").toString();
        assertTrue(err.toString().contains(shown + ":1: error: missing 'date' in the front matter"), err.toString());
        assertTrue(err.toString().contains(shown + ":3: error: 'tags' must be a list of words, not the number 5"), err.toString());
        assertTrue(err.toString().contains("Build failed: 2 errors (" + shown + ":1), 0 warnings."), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("build", dir.resolve("khong-co").toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertEquals(2, run("publish"));
    }

    @Test
    void helpExplainsEveryOption() {
        assertEquals(0, run("build", "--help"));
        for (String option : new String[] {"--out", "--drafts", "--base-url", "--verbose", "--quiet", "CONTENT-DIR"}) {
            assertTrue(out.toString().contains(option), option + " in\n" + out);
        }
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build"), out.toString());
    }

    @Test
    void theCommandListSumsUpEachCommandInAWholeSentence() {
        assertEquals(0, run("--help"));
        String list = out.toString().substring(out.toString().indexOf("Commands:"));
        // picocli shows the first line of a description: it must end a sentence, not break one off.
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(?m)^  (\\w+) +(.*(?:\n {12}.*)*)").matcher(list);
        int commands = 0;
        while (summary.find()) {
            commands++;
            String text = summary.group(2).replaceAll("\\s+", " ").strip();
            assertTrue(text.endsWith("."), summary.group(1) + ": " + text);
        }
        assertTrue(commands >= 5, list);
    }
}

package org.bangtin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.bangtin.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's one error is not lost among its many warnings: it comes last, and the summary names its file. */
class ErrorsLastTest extends CommandLineTest {
    @TempDir
    Path dir;

    private List<String> lines() {
        return err.toString().lines().toList();
    }

    private TestSites withoutAuthors(int count) {
        TestSites site = TestSites.at(dir.resolve("content"));
        for (int i = 1; i <= count; i++) {
            site.notice(String.format("tin/%02d.md", i), "Tin " + i, java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString(), "", "Nội dung.");
        }
        return site;
    }

    @Test
    void theErrorAmongSixtyWarningsIsPrintedLastAndNamedInTheSummary() {
        Path content = withoutAuthors(60).file("tin/30.md", "---\ntitle: \"Tin 30\"\ndate: 30/02/2024\n---\nNội dung.\n").root();

        assertEquals(1, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q"));

        List<String> lines = lines();
        String file = content.resolve("tin/30.md").toString();
        assertEquals(List.of(
                file + ":3: error: 'date': \"30/02/2024\" is not a real date: February 2024 has no day 30 (it has 29 days)",
                "    hint: write a real date as 2019-03-27, 2019-03-27T08:30 or 27/3/2019",
                "Build failed: 1 error (" + file + ":3), 59 warnings. The previous output in "
                        + dir.resolve("out").toAbsolutePath() + " is unchanged."),
                lines.subList(lines.size() - 3, lines.size()));
        assertEquals(content.resolve("tin/01.md") + ":1: warning: the notice has no 'author'", lines.get(0));
        assertEquals(List.of(
                content.resolve("tin/01.md") + ":1: warning: the notice has no 'author'",
                content.resolve("tin/02.md") + ":1: warning: the notice has no 'author'",
                content.resolve("tin/03.md") + ":1: warning: the notice has no 'author'",
                "… and 56 more with the same warning: the notice has no 'author' (run with --verbose to list them all)"),
                lines.stream().filter(l -> l.contains("warning") && !l.startsWith("Build failed")).toList());
    }

    @Test
    void aWarningRepeatedForManyFilesIsShownThriceAndCountedUnlessVerbose() {
        Path content = withoutAuthors(60).root();

        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q"));
        List<String> grouped = lines();
        assertEquals(3 * 2 + 1, grouped.size(), String.join("\n", grouped)); // three with their hints, and the count
        assertEquals(content.resolve("tin/03.md") + ":1: warning: the notice has no 'author'", grouped.get(4));
        assertEquals("… and 57 more with the same warning: the notice has no 'author' (run with --verbose to list them"
                + " all)", grouped.get(6));

        err.getBuffer().setLength(0);
        assertEquals(0, run("build", content.toString(), "-o", dir.resolve("out").toString(), "-q", "--verbose"));
        assertEquals(60, lines().stream().filter(l -> l.endsWith(": warning: the notice has no 'author'")).count());
    }

    @Test
    void aWarningOfAFewFilesAndErrorsAreNeverGrouped() {
        TestSites site = withoutAuthors(5);
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h")) {
            site.file("tin/" + name + ".md", "---\ntitle: \"Tin\"\nauthor: \"Cái Dung\"\ndate: 2024-13-01\n---\nX\n");
        }

        assertEquals(1, run("build", site.root().toString(), "-o", dir.resolve("out").toString(), "-q"));

        List<String> lines = lines();
        assertEquals(5, lines.stream().filter(l -> l.endsWith(": warning: the notice has no 'author'")).count());
        assertEquals(7, lines.stream().filter(l -> l.endsWith(": error: 'date': \"2024-13-01\" is not a real date: month"
                + " 13 does not exist")).count());
    }

    @Test
    void theSummaryNamesThreeFailingFilesAtTheirFirstErrorAndCountsTheRest() {
        TestSites site = withoutAuthors(0);
        for (String name : List.of("b", "c", "d", "e")) {
            site.file("tin/" + name + ".md", "---\ntitle: \"Tin\"\nauthor: \"Cái Dung\"\ndate: 2024-13-01\ntittle: x\n---\nX\n");
        }

        assertEquals(1, run("check", site.root().toString()));

        Path tin = site.root().resolve("tin");
        List<String> lines = lines();
        assertEquals("Check failed: 8 errors (" + tin.resolve("b.md") + ":4, " + tin.resolve("c.md") + ":4, "
                + tin.resolve("d.md") + ":4 and 1 more file), 0 warnings.", lines.get(lines.size() - 1));
    }
}

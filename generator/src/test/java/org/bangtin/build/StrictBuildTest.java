package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestSites;
import org.bangtin.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document checks in a build: warnings by default, errors that keep the old site under --strict. */
class StrictBuildTest {
    @TempDir
    Path dir;

    private BuildResult build(boolean strict) {
        Path content = TestSites.at(dir.resolve("content"))
                .notice("a.md", "Kế hoạch gieo cấy", "2019-03-29", "number: \"925/QĐ-UBND\"\ntype: \"Kế hoạch\"\n", "Nội dung.")
                .root();
        return SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(dir.resolve("out"))
                .strict(strict).build());
    }

    private static List<String> shown(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    @Test
    void documentChecksAreWarningsThatDoNotStopTheBuild() {
        BuildResult result = build(false);

        assertTrue(result.succeeded());
        assertEquals(List.of(
                "a.md:1: warning: the notice has no 'author'",
                "a.md:4: warning: 'number' 925/QĐ-UBND has the abbreviation QĐ (Quyết định), but 'type' is Kế hoạch"),
                shown(result));
    }

    @Test
    void underStrictTheyAreErrorsAndNothingIsWritten() {
        BuildResult result = build(true);

        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertEquals(List.of(
                "a.md:1: error: the notice has no 'author'",
                "a.md:4: error: 'number' 925/QĐ-UBND has the abbreviation QĐ (Quyết định), but 'type' is Kế hoạch"),
                shown(result));
        assertTrue(result.problems().stream().allMatch(Diagnostic::isError));
        assertFalse(Files.exists(dir.resolve("out/index.html")));
    }
}

package org.bangtin.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import profiles: the bundled default, a site's own over it, and mistakes reported with their line. */
class ProfileReaderTest {
    @TempDir
    Path dir;

    @Test
    void aSitesProfileReplacesTheListsItGivesAndAddsToRemove() throws IOException {
        Path file = Files.writeString(dir.resolve("cong-cu.yml"), "body: [\"#noi-dung-tin\"]\nremove: [\".quang-cao\"]\n");
        Diagnostics problems = new Diagnostics();

        ImportProfile profile = ProfileReader.read(file, problems).orElseThrow();

        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("#noi-dung-tin"), profile.body());
        assertEquals(ProfileReader.defaults().title(), profile.title());
        assertTrue(profile.remove().contains(".quang-cao") && profile.remove().contains(".other-news"), profile.remove().toString());
    }

    @Test
    void unknownKeysAndBadSelectorsAreErrorsWithTheirLine() throws IOException {
        Path file = Files.writeString(dir.resolve("cong-cu.yml"), "title: [\"h1\"]\nbdy: [\".x\"]\ndate: [\"div[\"]\n");
        Diagnostics problems = new Diagnostics();

        Optional<ImportProfile> profile = ProfileReader.read(file, problems);

        assertTrue(profile.isEmpty());
        List<String> shown = problems.sorted().stream().map(d -> d.location().replace(dir + "/", "") + ": " + d.message()).toList();
        assertEquals(2, shown.size(), shown.toString());
        assertEquals("cong-cu.yml:2: unknown field 'bdy' in the import profile", shown.get(0));
        assertTrue(shown.get(1).startsWith("cong-cu.yml:3: 'date': \"div[\" is not a CSS selector"), shown.get(1));
        assertEquals("did you mean 'body'?", problems.sorted().get(0).hint());
        assertTrue(problems.sorted().stream().allMatch(Diagnostic::isError));
    }
}

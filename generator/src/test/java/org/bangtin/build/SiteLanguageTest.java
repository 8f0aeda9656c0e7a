package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import java.nio.file.Path;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.bangtin.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'language' of site.yml against the UI strings the theme has. */
class SiteLanguageTest {
    @TempDir
    Path dir;

    private TestSites site(String language) {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "title: \"UBND xã Phú Lộc\"\nbaseUrl: \"https://phuloc.example.gov.vn\"\nlanguage: "
                        + language + "\n")
                .notice("a.md", "Thông báo", "2024-03-29", "author: \"Cái Dung\"\n", "Nội dung.");
    }

    @Test
    void aLanguageTheThemeLacksIsTheOnlyErrorAtItsLineWithTheLanguagesThereAre() {
        BuildResult result = site("vn").build(dir.resolve("out"));

        assertEquals(List.of("site.yml:3: error: the theme has no UI strings for language 'vn': it has vi, en\n"
                + "    hint: did you mean 'language: vi'; for another language, add its strings as"
                + " theme/i18n/messages_vn.properties"),
                result.problems().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList());
        assertEquals(BuildResult.Status.CONTENT_ERRORS, result.status());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theSitesOwnStringsAddALanguage() throws Exception {
        TestSites site = site("fr");
        assertEquals("the theme has no UI strings for language 'fr': it has vi, en",
                site.build(dir.resolve("out")).problems().get(0).message());

        String english = new String(getClass().getResourceAsStream("/bangtin/theme/i18n/messages_en.properties").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        site.file("theme/i18n/messages_fr.properties", english.replace("Other notices", "Autres avis"));
        site.file("theme/i18n/messages_de.properties", english);
        site.file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn\"\nlanguage: it\n");
        assertEquals("the theme has no UI strings for language 'it': it has vi, en, de, fr",
                site.build(dir.resolve("out")).problems().get(0).message());

        site.file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn\"\nlanguage: fr\n");
        BuildResult result = site.build(dir.resolve("out"));
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals("fr", Jsoup.parse(dir.resolve("out/index.html").toFile()).selectFirst("html").attr("lang"));
    }

    /** A misspelled key of the site's own UI strings changes nothing: it is told, not ignored. */
    @Test
    void aKeyOfTheSitesOwnStringsThatNothingUsesIsAWarning() {
        TestSites site = site("vi")
                .file("theme/i18n/messages_vi.properties", "# riêng của xã\nsearch.placeholdr=Gõ từ khóa…\nlist.latest=Tin mới \\\n"
                        + "  đăng\nxa.rieng=Xã Phú Lộc\n")
                .file("theme/templates/404.peb", "{% extends \"base\" %}{% block content %}{{ t['xa.rieng'] }}{% endblock %}");

        BuildResult result = site.build(dir.resolve("out"));

        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(List.of("theme/i18n/messages_vi.properties:2: warning: 'search.placeholdr' is no UI string of the theme,"
                + " and no template of the site uses it: its text is shown nowhere | did you mean 'search.placeholder'?"),
                result.problems().stream().filter(d -> d.message().contains("UI string"))
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message() + " | " + d.hint()).toList());
    }
}

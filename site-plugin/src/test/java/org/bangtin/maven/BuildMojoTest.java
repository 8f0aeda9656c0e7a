package org.bangtin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' translation of build results: failures for content, execution errors for the rest. */
class BuildMojoTest {
    @TempDir
    Path temp;

    @Test
    void buildsTheSite() throws Exception {
        BuildMojo mojo = mojo(Sites.good(temp.resolve("content")), Sites.oldSite(temp.resolve("out")));
        mojo.execute();
        assertTrue(Files.readString(temp.resolve("out/index.html")).contains("Lịch tiếp công dân"));
    }

    @Test
    void contentErrorsAreFailuresAndKeepTheOldSite() throws IOException {
        BuildMojo mojo = mojo(Sites.bad(temp.resolve("content")), Sites.oldSite(temp.resolve("out")));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("1 error(s)"), e.getMessage());
        assertEquals("old", Files.readString(temp.resolve("out/index.html")));
    }

    @Test
    void strictBuildsFailOnWarningsAndKeepTheOldSite() throws IOException {
        Path content = Sites.good(temp.resolve("content"));
        Files.writeString(content.resolve("notices/b.md"), Files.readString(content.resolve("notices/a.md")));
        BuildMojo mojo = mojo(content, Sites.oldSite(temp.resolve("out")));
        mojo.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().matches("bangtin: the site has [1-9]\\d* error\\(s\\) \\(strict: warnings count as errors\\).*"),
                e.getMessage());
        assertEquals("old", Files.readString(temp.resolve("out/index.html")));
    }

    /** A wrong bangtin.contentDirectory (here: the project folder, with only its pom.xml) must not wipe the site. */
    @Test
    void aFolderWithoutSettingsOrNoticesFailsAndKeepsTheOldSite() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        BuildMojo mojo = mojo(project, Sites.oldSite(temp.resolve("out")));
        List<String> logged = logInto(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(List.of("[error] error: " + project + " has no site.yml and no notices: is it the content folder?"),
                logged.stream().map(l -> l.lines().findFirst().orElseThrow()).toList());
        assertTrue(e.getMessage().startsWith("bangtin: the site has 1 error(s), listed above; the previous site in"),
                e.getMessage());
        assertEquals("old", Files.readString(temp.resolve("out/index.html")));
    }

    @Test
    void errorsAreLoggedAfterTheWarningsAndTheFailureNamesTheirFile() throws IOException {
        Path content = Sites.bad(temp.resolve("content"));
        Files.writeString(content.resolve("site.yml"), "title: \"Xã Phú Mỹ\"\n");
        BuildMojo mojo = mojo(content, Sites.oldSite(temp.resolve("out")));
        List<String> logged = logInto(mojo);

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        String file = content.resolve("notices/a.md").toString();
        assertEquals(List.of("[warn] " + content.resolve("site.yml") + ": warning: no 'baseUrl': canonical links, feeds,"
                        + " the sitemap and robots.txt point at http://localhost:8080/",
                "[error] " + file + ":3: error: 'date': \"30/02/2019\" is not a real date: February 2019 has no day 30 (it has 28 days)"),
                logged.stream().map(l -> l.lines().findFirst().orElseThrow()).toList());
        assertTrue(e.getMessage().startsWith("bangtin: the site has 1 error(s), listed above (" + file + ":3); "),
                e.getMessage());
    }

    /** What the goal logs as warnings and errors, each "[level] text". */
    private static List<String> logInto(BuildMojo mojo) {
        List<String> logged = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                logged.add("[warn] " + content);
            }

            @Override
            public void error(CharSequence content) {
                logged.add("[error] " + content);
            }
        });
        return logged;
    }

    @Test
    void keepsWhatItReadFromPdfsInTheConfiguredCacheNotInTheContent() throws Exception {
        Path content = Sites.content(temp.resolve("content"), "---\ntitle: \"Kế hoạch\"\ndate: 2019-04-02\n"
                + "author: \"Văn phòng\"\nattachments: [\"ke-hoach.pdf\"]\n---\n\nNội dung.\n");
        Files.copy(Sites.examplePdf(), content.resolve("notices/ke-hoach.pdf"));
        BuildMojo mojo = mojo(content, temp.resolve("out"));
        mojo.cacheDirectory = temp.resolve("project/target/bangtin-cache").toFile();
        mojo.execute();
        assertTrue(Files.exists(temp.resolve("out/2019/04/ke-hoach/ke-hoach.pdf")));
        try (var cached = Files.list(mojo.cacheDirectory.toPath())) {
            assertTrue(cached.findAny().isPresent(), "the PDF's facts are cached in the project's build folder");
        }
        assertFalse(Files.exists(content.resolve("target")), "nothing written into the content folder");
    }

    @Test
    void aMissingContentFolderIsAnExecutionErrorToldOnce() {
        BuildMojo mojo = mojo(temp.resolve("missing"), temp.resolve("out"));
        List<String> logged = logInto(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(List.of(), logged, "Maven prints the exception's message; logging it too told it twice");
    }

    @Test
    void aBadBaseUrlParameterIsNamedWithTheAcceptedFormAndToldOnce() throws IOException {
        BuildMojo mojo = mojo(Sites.good(temp.resolve("content")), Sites.oldSite(temp.resolve("out")));
        mojo.baseUrl = "https://phumy.example.gov.vn/tin-tuc/index.html";
        List<String> logged = logInto(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("bangtin: the plugin's baseUrl parameter (bangtin.baseUrl): \"https://phumy.example.gov.vn/tin-tuc/"
                + "index.html\" is not a site address: it ends in a page's file name (index.html), and every address of"
                + " the site would start with it; write the address of the folder the site is served from, such as"
                + " \"https://phumy.example.gov.vn/tin-tuc\"", e.getMessage());
        assertEquals(List.of(), logged);
        assertEquals("old", Files.readString(temp.resolve("out/index.html")));
    }

    @Test
    void aFolderBangtinDidNotWriteIsNeverReplaced() throws IOException {
        Path foreign = Files.createDirectories(temp.resolve("out"));
        Files.writeString(foreign.resolve("photo.jpg"), "keep");
        for (boolean strict : new boolean[] {false, true}) {
            BuildMojo mojo = mojo(Sites.good(temp.resolve("content")), foreign);
            mojo.strict = strict;
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("not written by bangtin"), e.getMessage());
            assertTrue(e.getMessage().contains("maven-site-plugin"), e.getMessage());
            assertEquals("keep", Files.readString(foreign.resolve("photo.jpg")));
        }
    }

    @Test
    void skipDoesNothing() throws Exception {
        BuildMojo mojo = mojo(temp.resolve("missing"), temp.resolve("out"));
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(temp.resolve("out")));
    }

    private static BuildMojo mojo(Path content, Path output) {
        BuildMojo mojo = new BuildMojo();
        mojo.contentDirectory = content.toFile();
        mojo.outputDirectory = output.toFile();
        return mojo;
    }
}

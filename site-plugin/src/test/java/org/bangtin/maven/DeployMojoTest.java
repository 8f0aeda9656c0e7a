package org.bangtin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.bangtin.output.StagedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployMojoTest {
    @TempDir
    Path temp;

    @Test
    void replacesTheDeployedSite() throws Exception {
        Path site = Sites.oldSite(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "new");
        Path www = Sites.oldSite(temp.resolve("www"));
        Files.writeString(www.resolve("gone.html"), "old page");
        mojo(site, www.toUri().toString()).execute();
        assertEquals("new", Files.readString(www.resolve("index.html")));
        assertFalse(Files.exists(www.resolve("gone.html")));
        assertFalse(Files.exists(temp.resolve(".www.bangtin-staging")));
    }

    @Test
    void needsABuiltSite() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> mojo(temp.resolve("site"), temp.resolve("www").toUri().toString()).execute());
        assertTrue(e.getMessage().contains("mvn site-deploy"), e.getMessage());
    }

    @Test
    void refusesAFolderBangtinDidNotWrite() throws IOException {
        Path www = Files.createDirectories(temp.resolve("www"));
        Files.writeString(www.resolve("photo.jpg"), "keep");
        DeployMojo mojo = mojo(Sites.oldSite(temp.resolve("site")), www.toUri().toString());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("not written by bangtin"), e.getMessage());
        assertEquals("keep", Files.readString(www.resolve("photo.jpg")));
    }

    @Test
    void refusesSymbolicLinksInTheSite() throws IOException {
        Path site = Sites.oldSite(temp.resolve("site"));
        Files.createSymbolicLink(site.resolve("passwd.html"), Files.writeString(temp.resolve("secret"), "secret"));
        Path www = temp.resolve("www");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo(site, www.toUri().toString())::execute);
        assertTrue(e.getMessage().contains("passwd.html: a symbolic link"), e.getMessage());
        assertFalse(Files.exists(www), "nothing published");
        assertFalse(Files.exists(temp.resolve(".www.bangtin-staging")));
    }

    @Test
    void refusesAFolderABuildIsWritingInto() throws Exception {
        Path site = Sites.oldSite(temp.resolve("site"));
        Path www = Sites.oldSite(temp.resolve("www"));
        Files.writeString(www.resolve("index.html"), "old");
        try (StagedOutput build = StagedOutput.open(www)) {
            build.write("index.html", "half-written".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo(site, www.toUri().toString())::execute);
            assertTrue(e.getMessage().contains("another build is writing into"), e.getMessage());
        }
        assertEquals("old", Files.readString(www.resolve("index.html")));
    }

    @Test
    void takesAFolderWithSpacesAsMavenWritesIt() throws Exception {
        Path site = Sites.oldSite(temp.resolve("site"));
        Path www = temp.resolve("my office/www");
        // <url>file://${project.basedir}/www</url>: Maven leaves the space as it is.
        mojo(site, "file://" + www).execute();
        assertEquals("old", Files.readString(www.resolve("index.html")));
        mojo(site, www.toUri().toString()).execute(); // and the same folder written as a proper URL
        assertEquals("old", Files.readString(www.resolve("index.html")));
    }

    @Test
    void acceptsOnlyFileUrls() throws IOException {
        Path site = Sites.oldSite(temp.resolve("site"));
        for (String url : new String[] {"scp://host/srv/www", "file:relative/www", "file:relative dir/www", "", "file:///"}) {
            assertThrows(MojoExecutionException.class, () -> mojo(site, url).execute(), url);
        }
        assertThrows(MojoExecutionException.class, () -> mojo(site, site.resolve("inside").toUri().toString()).execute());
    }

    private static DeployMojo mojo(Path site, String url) {
        DeployMojo mojo = new DeployMojo();
        mojo.outputDirectory = site.toFile();
        mojo.deployUrl = url;
        return mojo;
    }
}

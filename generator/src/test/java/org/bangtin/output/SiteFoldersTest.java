package org.bangtin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFoldersTest {
    @TempDir
    Path temp;

    @Test
    void replacesTheTargetWholeAndLeavesNothingBeside() throws IOException {
        Path target = site("www", "old.html");
        Path fresh = site(".www.bangtin-staging", "new.html");
        SiteFolders.replace(target, fresh);
        assertTrue(Files.exists(target.resolve("new.html")));
        assertFalse(Files.exists(target.resolve("old.html")));
        assertEquals(List.of("www"), names(temp));
    }

    @Test
    void replacesAMissingTarget() throws IOException {
        Path fresh = site("fresh", "new.html");
        SiteFolders.replace(temp.resolve("www"), fresh);
        assertTrue(Files.exists(temp.resolve("www/new.html")));
    }

    @Test
    void onlyEmptyFoldersAndBangtinSitesAreReplaceable() throws IOException {
        assertNull(SiteFolders.whyNotReplaceable(temp.resolve("missing")));
        assertNull(SiteFolders.whyNotReplaceable(Files.createDirectory(temp.resolve("empty"))));
        assertNull(SiteFolders.whyNotReplaceable(site("ours", "index.html")));
        Path theirs = Files.createDirectory(temp.resolve("theirs"));
        Files.writeString(theirs.resolve("photo.jpg"), "x");
        assertTrue(SiteFolders.whyNotReplaceable(theirs).contains("was not written by bangtin"));
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertTrue(SiteFolders.whyNotReplaceable(file).contains("is not a folder"));
    }

    @Test
    void refusesALinkAndSaysWhereItPoints() throws IOException {
        Path site = site("v1", "index.html");
        Path link = Files.createSymbolicLink(temp.resolve("www"), site);
        String why = SiteFolders.whyNotReplaceable(link);
        assertTrue(why.contains("is a symbolic link (to " + site + ")"), why);
        assertTrue(why.contains("give the folder it points to"), why);
    }

    @Test
    void theNewFolderKeepsTheOldOnesGroupAndPermissions() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("unix"));
        Path www = site("www", "index.html");
        // Root (CI) can give the folder nogroup, a group files do not get by default; another user
        // keeps its own group, and the test then shows the mode only.
        boolean root = "root".equals(System.getProperty("user.name"));
        int otherGroup = root ? 65534 : (Integer) Files.getAttribute(www, "unix:gid");
        Files.setAttribute(www, "unix:gid", otherGroup);
        Files.setAttribute(www, "unix:mode", 02750);
        Path fresh = Files.createDirectory(temp.resolve("fresh"));
        SiteFolders.copyModeAndGroup(www, fresh);
        Path page = Files.writeString(fresh.resolve("index.html"), "new");
        SiteFolders.replace(www, fresh);
        assertEquals(02750, (int) Files.getAttribute(www, "unix:mode") & 07777);
        assertEquals(otherGroup, Files.getAttribute(www, "unix:gid"));
        assertEquals(otherGroup, Files.getAttribute(www.resolve("index.html"), "unix:gid"),
                "files made in the folder take its group, as the web server may read by it: " + page);
    }

    @Test
    void deletesTreesWithoutFollowingLinks() throws IOException {
        Path keep = site("keep", "index.html");
        Path gone = site("gone", "index.html");
        Files.createSymbolicLink(gone.resolve("link"), keep);
        SiteFolders.deleteTree(gone);
        assertFalse(Files.exists(gone));
        assertTrue(Files.exists(keep.resolve("index.html")));
    }

    private Path site(String name, String file) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve(SiteFolders.MARKER), "marker");
        Path page = folder.resolve(file);
        Files.createDirectories(page.getParent());
        Files.writeString(page, page.getFileName().toString());
        return folder;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

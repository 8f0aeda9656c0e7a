package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'aliases': a redirect page at each old address, inside the output, never over a real page. */
class RedirectBuildTest {
    @TempDir
    Path dir;

    private TestSites site(String aliases) {
        return TestSites.at(dir.resolve("content"))
                .file("site.yml", "baseUrl: \"https://phuloc.example.gov.vn/tin\"\n")
                .notice("a.md", "Kế hoạch 925", "2019-03-29", "author: \"Cái Dung\"\naliases:\n" + aliases, "Nội dung.")
                .notice("b.md", "Thông báo", "2019-04-02", "author: \"Cái Dung\"\n", "Nội dung.");
    }

    private static List<String> shown(BuildResult result) {
        return result.problems().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    /** Aliases are paths from the host's root; this site is served under /tin/ there, from the output's root. */
    @Test
    void eachOldAddressGetsARefreshAndACanonicalLinkToTheNoticeInsideTheSitesFolder() throws IOException {
        BuildResult result = site("  - \"/tin/ke-hoach-925.html\"\n  - \"/tin/Pages/Tin%20tuc.aspx\"\n  - \"/tin/tin-tuc/cu\"\n")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), shown(result).toString());
        for (String file : List.of("ke-hoach-925.html", "Pages/Tin tuc.aspx", "tin-tuc/cu/index.html")) {
            Document page = Jsoup.parse(dir.resolve("out").resolve(file).toFile());
            assertEquals("0; url=/tin/2019/03/ke-hoach-925/", page.selectFirst("meta[http-equiv=refresh]").attr("content"), file);
            assertEquals("https://phuloc.example.gov.vn/tin/2019/03/ke-hoach-925/",
                    page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("Tin này đã chuyển sang địa chỉ mới: Kế hoạch 925", page.body().text());
            assertEquals("/tin/2019/03/ke-hoach-925/", page.selectFirst("a").attr("href"));
        }
        assertTrue(Files.exists(dir.resolve("out/2019/03/ke-hoach-925/index.html")));
        assertFalse(Files.exists(dir.resolve("out/tin")), "nothing is written where the host serves /tin/tin/");
    }

    /**
     * The web server's rules for the same old addresses, and for an old address with a query
     * ('old-url', which has no file): 301s where a refresh page would be downloaded (".aspx").
     */
    @Test
    void theOldAddressesAreListedAsNginxAndApacheRedirects() throws IOException {
        BuildResult result = site("  - \"/tin/Default.aspx\"\n  - \"/tin/tin cũ.html\"\nold-url: \"/Default.aspx?tabid=87&ItemID=925\"\n")
                .build(dir.resolve("out"));

        assertTrue(result.succeeded(), shown(result).toString());
        String nginx = Files.readString(dir.resolve("out/redirects.nginx.map"));
        assertTrue(nginx.endsWith("""
                "/Default.aspx?tabid=87&ItemID=925" "/tin/2019/03/ke-hoach-925/";
                "/tin/Default.aspx" "/tin/2019/03/ke-hoach-925/";
                "/tin/tin%20c%C5%A9.html" "/tin/2019/03/ke-hoach-925/";
                """), nginx);
        String apache = Files.readString(dir.resolve("out/redirects.apache.conf"));
        assertTrue(apache.endsWith("""
                RewriteEngine On
                RewriteCond %{REQUEST_URI} "=/Default.aspx"
                RewriteCond %{QUERY_STRING} "=tabid=87&ItemID=925"
                RewriteRule ^ /tin/2019/03/ke-hoach-925/? [R=301,L]
                RewriteCond %{REQUEST_URI} "=/tin/Default.aspx"
                RewriteRule ^ /tin/2019/03/ke-hoach-925/? [R=301,L]
                RewriteCond %{REQUEST_URI} "=/tin/tin cũ.html"
                RewriteRule ^ /tin/2019/03/ke-hoach-925/? [R=301,L]
                """), apache);
    }

    @Test
    void aSiteWithoutOldAddressesGetsNoRedirectRules() {
        site("  - \"/tin/Default.aspx\"\n").build(dir.resolve("out"));
        assertTrue(Files.exists(dir.resolve("out/redirects.nginx.map")));

        TestSites.at(dir.resolve("plain")).notice("a.md", "Tin", "2019-03-29", "author: \"Cái Dung\"\n", "Nội dung.")
                .build(dir.resolve("plain-out"));
        assertFalse(Files.exists(dir.resolve("plain-out/redirects.nginx.map")));
        assertFalse(Files.exists(dir.resolve("plain-out/redirects.apache.conf")));
    }

    @Test
    void anAliasOutsideTheSitesFolderIsAnErrorAtItsLine() {
        BuildResult result = site("  - \"/khac/x.html\"\n  - \"/tin-tuc/a.html\"\n").build(dir.resolve("out"));

        assertEquals(List.of(
                "a.md:5: error: alias /khac/x.html is outside /tin/, the folder this site is published in (see baseUrl):"
                        + " a redirect page of this site cannot be served there",
                "a.md:5: error: alias /tin-tuc/a.html is outside /tin/, the folder this site is published in (see"
                        + " baseUrl): a redirect page of this site cannot be served there"), shown(result));
        assertEquals("remove it from 'aliases' and have the web server redirect that address; the aliases this site can"
                + " serve start with /tin/", result.problems().get(0).hint());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anAliasAtARealPageIsAnError() {
        BuildResult result = site("  - \"/tin/2019/04/thong-bao/\"\n  - \"/tin\"\n").build(dir.resolve("out"));

        assertEquals(List.of("a.md:5: error: alias /tin is the address of the site's page /tin/",
                "a.md:5: error: alias /tin/2019/04/thong-bao/ is the address of the site's page /tin/2019/04/thong-bao/"),
                shown(result));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anAliasThatWouldLeaveTheOutputOrCarriesAQueryIsAnError() {
        BuildResult result = site("  - \"/../../etc/passwd\"\n  - \"/Pages/tin.aspx?ID=12\"\n  - \"tin-tuc/a.html\"\n")
                .build(dir.resolve("out"));

        assertEquals(List.of(
                "a.md:5: error: alias \"/../../etc/passwd\" has a '.' or '..' segment or a character a file name cannot hold",
                "a.md:5: error: alias \"/Pages/tin.aspx?ID=12\" has a query or fragment, which a static host cannot redirect",
                "a.md:5: error: alias \"tin-tuc/a.html\" is not a path from the host's root (it must start with one '/')"),
                shown(result));
    }

    @Test
    void twoNoticesCannotClaimOneOldAddress() {
        TestSites site = site("  - \"/tin/a.html\"\n")
                .notice("c.md", "C", "2019-05-02", "author: \"Cái Dung\"\naliases: [\"/tin/a.html\"]\n", "C");

        BuildResult result = site.build(dir.resolve("out"));

        assertEquals(List.of("c.md:5: error: alias /tin/a.html is also an alias of a.md"), shown(result));
    }
}

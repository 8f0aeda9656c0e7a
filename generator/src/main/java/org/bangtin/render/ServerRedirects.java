package org.bangtin.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.bangtin.site.NoticeEntry;
import org.bangtin.site.Redirect;

/**
 * The notices' old addresses as web server rules: 301 redirects to where each notice is now. The
 * redirect pages of {@code aliases} work on any host, but only as pages (a refresh): a saved
 * portal's "Default.aspx" is served by nginx as a download and run by IIS, and an old address
 * with a query ({@code old-url}: "/Default.aspx?tabid=87&ItemID=925") has no file at all. These
 * files let the web server answer them properly: an nginx {@code map} and Apache rewrite rules.
 */
public final class ServerRedirects {
    /** For nginx: {@code map $request_uri $bangtin_moved { include .../redirects.nginx.map; }}. */
    public static final String NGINX = "redirects.nginx.map";
    /** For Apache: {@code Include} it in the virtual host, or copy it into {@code .htaccess}. */
    public static final String APACHE = "redirects.apache.conf";
    private final Map<String, String> moved = new TreeMap<>();

    /** @param basePath the site's base path ("" or "/tin-tuc"), which the new addresses start with */
    public ServerRedirects(Iterable<Redirect> redirects, Iterable<NoticeEntry> notices, String basePath) {
        for (Redirect redirect : redirects) {
            moved.putIfAbsent(redirect.alias(), basePath + redirect.target().path());
        }
        for (NoticeEntry entry : notices) {
            if (entry.notice().custom().get(org.bangtin.content.Notice.OLD_URL) instanceof String old && old.startsWith("/")) {
                moved.putIfAbsent(old.strip(), basePath + entry.path());
            }
        }
    }

    /** The two files by output path; none for a site without old addresses. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (moved.isEmpty()) {
            return files;
        }
        StringBuilder nginx = new StringBuilder("""
                # Written by bangtin: each old address of a notice (as the browser sends it, query included) and
                # where the notice is now. In nginx's http block:
                #   map $request_uri $bangtin_moved { include /path/to/this/redirects.nginx.map; }
                # and in the site's server block:  if ($bangtin_moved) { return 301 $bangtin_moved; }
                """);
        StringBuilder apache = new StringBuilder("""
                # Written by bangtin: each old address of a notice and where the notice is now, as 301 redirects.
                # Include it in the site's <VirtualHost> (Include /path/to/this/redirects.apache.conf), or copy
                # it into the .htaccess of the host's root folder. Needs mod_rewrite.
                RewriteEngine On
                """);
        moved.forEach((from, to) -> {
            int query = from.indexOf('?');
            String path = query < 0 ? from : from.substring(0, query);
            nginx.append('"').append(sent(from)).append("\" \"").append(sent(to)).append("\";\n");
            apache.append("RewriteCond %{REQUEST_URI} \"=").append(quoted(decoded(path))).append("\"\n");
            if (query >= 0) {
                apache.append("RewriteCond %{QUERY_STRING} \"=").append(quoted(from.substring(query + 1))).append("\"\n");
            }
            apache.append("RewriteRule ^ ").append(sent(to)).append("? [R=301,L]\n");
        });
        files.put(NGINX, nginx.toString().getBytes(StandardCharsets.UTF_8));
        files.put(APACHE, apache.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * An address as a browser sends it: letters outside ASCII, spaces and quotes percent-encoded
     * (UTF-8), what is encoded already left as it is.
     */
    static String sent(String address) {
        StringBuilder out = new StringBuilder();
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A path as Apache's %{REQUEST_URI} holds it: decoded ("/tin cũ.html" for "/tin%20c%C5%A9.html"). */
    private static String decoded(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Text inside a quoted argument of Apache's configuration. */
    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package org.bangtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the packages in the order of the data's path (content → attach → site → render → output) and
 * each library in its one place. Maven loads plugins from the class path, where module rules are
 * not enforced, so the rules are checked here on the sources' imports.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/bangtin");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Which of our packages each package may import ("" is the public API, org.bangtin). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // The public API: builds, and the output folder's lock that a preview holds while it serves.
            Map.entry("", Set.of("build", "config", "diag", "output")),
            Map.entry("diag", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("config", Set.of("diag", "text")),
            Map.entry("content", Set.of("config", "diag", "text")),
            // Attached PDFs: read after the content, for the pages (page count, preview) and search (text).
            Map.entry("attach", Set.of("content", "diag", "text")),
            Map.entry("site", Set.of("content", "config", "diag", "text")),
            Map.entry("render", Set.of("site", "attach", "content", "config", "diag", "text")),
            Map.entry("output", Set.of("diag", "text")),
            Map.entry("search", Set.of("text")),
            Map.entry("stats", Set.of("site", "diag", "text")),
            Map.entry("importer", Set.of("content", "config", "diag", "text")),
            Map.entry("build", Set.of("", "content", "attach", "config", "diag", "text", "site", "render", "search", "output",
                    "stats")),
            // The editors' commands (new, import) work on content folders, not through a build.
            Map.entry("serve", Set.of("search")),
            Map.entry("cli", Set.of("", "diag", "config", "content", "importer", "serve")));

    /** Which of our packages may use each library. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.commonmark", Set.of("render"),
            "io.pebbletemplates", Set.of("render"),
            "org.jsoup", Set.of("render", "importer"),
            "org.snakeyaml", Set.of("config", "content"),
            "picocli", Set.of("cli"),
            "org.apache.lucene", Set.of("search"),
            "org.apache.pdfbox", Set.of("attach"),
            "org.apache.maven", Set.of());

    @Test
    void packagesDependOnlyAlongTheDataPath() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = stage(SOURCES.relativize(file.getParent()).toString().replace('\\', '/'));
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1).replaceAll("(\\.[A-Z]\\w*)+$", "");
                    check(pkg, imported, SOURCES.relativize(file).toString(), violations);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static void check(String pkg, String imported, String file, List<String> violations) {
        if (imported.equals("org.bangtin") || imported.startsWith("org.bangtin.")) {
            String target = stage(imported.equals("org.bangtin") ? "" : imported.substring("org.bangtin.".length()).replace('.', '/'));
            if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                violations.add(file + " imports " + imported);
            }
            return;
        }
        LIBRARIES.forEach((library, users) -> {
            if (imported.startsWith(library) && !users.contains(pkg)) {
                violations.add(file + " uses " + imported);
            }
        });
    }

    /** The stage a package belongs to: its first segment ("render/view" is "render"). */
    private static String stage(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}

package org.bangtin.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bangtin.diag.Diagnostics;
import org.bangtin.text.SafePaths;

/**
 * The files of a theme: the bundled default theme on the class path, overridden file by file by
 * the site's own {@code theme/} folder. Templates, static files and UI strings are looked up here.
 */
public final class Theme {
    /** Where the bundled theme lives on the class path. */
    static final String CLASSPATH_ROOT = "bangtin/theme/";
    /** The site's folder of theme overrides, at the content root. */
    public static final String SITE_FOLDER = "theme";

    /** The site's folder of files published as they are (logo, badge image), at the content root. */
    public static final String SITE_STATIC_FOLDER = "static";

    private final Path contentRoot;
    private final Path siteThemeFolder;
    private final ClassLoader classLoader;

    /** @param contentRoot the site, whose {@code theme/} folder (if any) overrides the bundled theme */
    public Theme(Path contentRoot) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.siteThemeFolder = this.contentRoot.resolve(SITE_FOLDER);
        this.classLoader = Theme.class.getClassLoader();
    }

    /** How a template names the templates it is made of: {% extends "base" %}, {% include "partials/x" %}. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "\\{%-?\\s*(?:extends|include|import|embed|from)\\s+[\"']([^\"']+)[\"']");

    /** A template's comment, {# ... #}, which may show a reference as an example. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("\\{#.*?#}",
            java.util.regex.Pattern.DOTALL);

    /**
     * The stamps of the site's own files that {@code template} is made of: its override and those
     * of every template it extends, includes, imports or embeds, in turn. A file that does not
     * exist is stamped too ({@code ABSENT}), so that adding an override counts as a change. When
     * they are unchanged, so is every page of the template whose model is.
     */
    public Map<Path, org.bangtin.content.FileStamp> templateStamps(String template) throws IOException {
        Map<Path, org.bangtin.content.FileStamp> stamps = new TreeMap<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(List.of(template));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            Path override = siteTemplates().resolve(name + ThemeEngine.SUFFIX);
            stamps.put(override, org.bangtin.content.FileStamp.of(override));
            java.util.regex.Matcher references = references(templateWithoutComments(name));
            while (references.find()) {
                pending.push(references.group(1));
            }
        }
        return stamps;
    }

    /** The template without its comments ({# ... #}), which may show a reference as an example; its lines stay. */
    private static String withoutComments(String source) {
        return COMMENT.matcher(source).replaceAll(comment -> comment.group().replaceAll("[^\\n]", ""));
    }

    /** A template's text without its comments, its lines kept: the site's override, else the bundled one. */
    String templateWithoutComments(String name) throws IOException {
        return withoutComments(templateSource(name, siteTemplates().resolve(name + ThemeEngine.SUFFIX)));
    }

    /** The names of the templates {@code source} extends, includes, imports or embeds, and where. */
    static java.util.regex.Matcher references(String source) {
        return REFERENCE.matcher(source);
    }

    private String templateSource(String name, Path override) throws IOException {
        if (Files.isRegularFile(override)) {
            return Files.readString(override, StandardCharsets.UTF_8);
        }
        try (InputStream bundled = classLoader.getResourceAsStream(CLASSPATH_ROOT + "templates/" + name + ThemeEngine.SUFFIX)) {
            return bundled == null ? "" : new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Path siteTemplates() {
        return siteThemeFolder.resolve("templates");
    }

    /** The site's own version of the template {@code name} ("search"), when it has one. */
    public java.util.Optional<Path> siteTemplate(String name) {
        Path file = siteTemplates().resolve(name + ThemeEngine.SUFFIX);
        return Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    /** The languages of the bundled theme's UI strings, its {@code i18n/messages_*.properties}. */
    static final List<String> BUNDLED_LANGUAGES = List.of("vi", "en");

    /** The languages this theme has UI strings for: the bundled ones, then those of the site's own files. */
    public List<String> languages() throws IOException {
        List<String> languages = new java.util.ArrayList<>(BUNDLED_LANGUAGES);
        Path folder = siteThemeFolder.resolve("i18n");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).sorted()
                        .filter(name -> name.startsWith("messages_") && name.endsWith(".properties"))
                        .map(name -> name.substring("messages_".length(), name.length() - ".properties".length()))
                        .filter(language -> !languages.contains(language)).forEach(languages::add);
            }
        }
        return languages;
    }

    /**
     * The UI strings of {@code language}: the bundled file, with the keys of the site's own file
     * replacing bundled ones. Empty when neither file exists.
     */
    public Map<String, String> messages(String language) throws IOException {
        String name = "i18n/messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream bundled = classLoader.getResourceAsStream(CLASSPATH_ROOT + name)) {
            if (bundled != null) {
                properties.load(new InputStreamReader(bundled, StandardCharsets.UTF_8));
            }
        }
        Path override = siteThemeFolder.resolve(name);
        if (Files.isRegularFile(override)) {
            try (Reader reader = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return messages;
    }

    /** The keys of the bundled theme's UI strings, in any of its languages. */
    public java.util.Set<String> bundledMessageKeys() throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String language : BUNDLED_LANGUAGES) {
            try (InputStream bundled = classLoader.getResourceAsStream(CLASSPATH_ROOT + "i18n/messages_" + language + ".properties")) {
                if (bundled != null) {
                    Properties properties = new Properties();
                    properties.load(new InputStreamReader(bundled, StandardCharsets.UTF_8));
                    properties.keySet().forEach(key -> keys.add(key.toString()));
                }
            }
        }
        return keys;
    }

    /** The site's own UI strings files ({@code theme/i18n/messages_*.properties}), by their path in the content folder. */
    public List<Path> siteMessageFiles() throws IOException {
        Path folder = siteThemeFolder.resolve("i18n");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("messages_")
                    && f.getFileName().toString().endsWith(".properties")).sorted().toList();
        }
    }

    /** The text of the site's own templates, where its own UI strings would be used. */
    public String siteTemplatesText() throws IOException {
        Path folder = siteTemplates();
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The files published as they are, by their path in the output ("css/site.css"): the bundled
     * theme's, replaced by the site's {@code theme/static} files of the same name, and the site's
     * own {@code static/} folder over both.
     *
     * @param problems where a symbolic link out of the content folder is reported (and left out)
     */
    public Map<String, byte[]> staticFiles(Diagnostics problems) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        URL bundled = classLoader.getResource(CLASSPATH_ROOT + "static");
        if (bundled != null) {
            readBundled(bundled, files);
        }
        readSiteFolder(siteThemeFolder.resolve("static"), files, problems);
        readSiteFolder(contentRoot.resolve(SITE_STATIC_FOLDER), files, problems);
        return files;
    }

    /**
     * The stamps of the site's own static files ({@code static/} and {@code theme/static}): the
     * pages name them by a version of their content ({@code asset()}), so a page whose template
     * and model are unchanged still changes with them.
     */
    public Map<Path, org.bangtin.content.FileStamp> staticStamps() throws IOException {
        Map<Path, org.bangtin.content.FileStamp> stamps = new TreeMap<>();
        for (Path folder : List.of(contentRoot.resolve(SITE_STATIC_FOLDER), siteThemeFolder.resolve("static"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        stamps.put(file, org.bangtin.content.FileStamp.of(file));
                    }
                }
            }
        }
        return stamps;
    }

    /**
     * One of the files {@link #staticFiles} publishes, by its path in the output ("css/site.css"),
     * from where that map would take it: the site's {@code static/} folder, its {@code theme/static}
     * override, or the bundled theme. Empty when there is none.
     */
    public java.util.Optional<byte[]> staticFile(String path) throws IOException {
        if (path.startsWith(".") || path.contains("/.")) {
            return java.util.Optional.empty(); // hidden files are not published
        }
        for (Path folder : List.of(contentRoot.resolve(SITE_STATIC_FOLDER), siteThemeFolder.resolve("static"))) {
            Path file = folder.resolve(path).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file) && SafePaths.staysInsideAfterLinks(contentRoot, file)) {
                return java.util.Optional.of(Files.readAllBytes(file));
            }
        }
        try (InputStream bundled = classLoader.getResourceAsStream(CLASSPATH_ROOT + "static/" + path)) {
            return bundled == null ? java.util.Optional.empty() : java.util.Optional.of(bundled.readAllBytes());
        }
    }

    /**
     * A folder of the site's own files: a symbolic link in it that leads out of the content folder
     * is reported and not followed, as it would publish whatever file it names (/etc/passwd).
     */
    private void readSiteFolder(Path folder, Map<String, byte[]> into, Diagnostics problems) throws IOException {
        readFolder(folder, into, file -> {
            if (Files.isSymbolicLink(file) && !SafePaths.staysInsideAfterLinks(contentRoot, file)) {
                String what = Files.isDirectory(file) ? "folder" : "file";
                problems.error(contentRoot.relativize(file), 0, "symbolic link to a " + what + " outside the content folder "
                        + contentRoot, "copy the " + what + " into the content folder instead of linking to it");
                return false;
            }
            return Files.isRegularFile(file); // a link to a folder inside is not followed: its files are there already
        });
    }

    /** Adds every regular file under {@code folder} (if it exists) that {@code wanted} takes, by its '/' separated relative path. */
    private static void readFolder(Path folder, Map<String, byte[]> into, java.util.function.Predicate<Path> wanted)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            // Links to folders too, which the walk does not follow, so that one out of the
            // content folder is reported rather than silently left out.
            for (Path file : walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p) && Files.isDirectory(p))
                    .sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".") && !relative.contains("/.") && wanted.test(file)) {
                    into.put(relative, Files.readAllBytes(file));
                }
            }
        }
    }

    private static void readBundled(URL url, Map<String, byte[]> into) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad theme location " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            readFolder(Path.of(uri), into, Files::isRegularFile);
            return;
        }
        // Inside the theme jar ("jar:file:/x/theme.jar!/bangtin/theme/static"): a zip file system of
        // our own, not the provider's shared one, which a parallel build could close under us.
        String spec = uri.getRawSchemeSpecificPart();
        int separator = spec.indexOf("!/");
        Path jar;
        try {
            jar = Path.of(new URI(spec.substring(0, separator)));
        } catch (URISyntaxException e) {
            throw new IOException("bad theme location " + url, e);
        }
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            readFolder(zip.getPath(spec.substring(separator + 1)), into, file -> true);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

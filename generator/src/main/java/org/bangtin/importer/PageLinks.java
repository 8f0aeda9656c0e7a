package org.bangtin.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bangtin.text.SafePaths;
import org.bangtin.text.Slugs;

/**
 * Where the links and images of one imported page lead. Files saved with the page (next to it, or
 * in the mirrored folder tree) are copied beside the notice under a clean name; PDF and office
 * documents among them become the notice's attachments. A link to another page of the old site
 * becomes that page's path from the host's root ("/tin-tuc/a.html"), where the new site has a
 * redirect once that page is imported too; other links are made absolute with the page's old
 * address, and kept as text when it is unknown.
 */
final class PageLinks implements MarkdownConverter.Targets {
    static final Set<String> DOCUMENTS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf",
            "zip", "rar", "7z");

    private final Path inputRoot;
    private final Path pageFolder;
    private final URI oldUrl;
    private final boolean mirror;
    /** Local files to copy: source → name beside the notice. */
    private final Map<Path, String> copies = new LinkedHashMap<>();
    private final List<String[]> attachments = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param oldUrl the page's old absolute address, or null when unknown
     * @param mirror whether {@code inputRoot} mirrors the old site, so that a file's place in it is its old path
     */
    PageLinks(Path inputRoot, Path page, URI oldUrl, boolean mirror) {
        this.inputRoot = inputRoot.toAbsolutePath().normalize();
        this.pageFolder = page.toAbsolutePath().normalize().getParent();
        this.oldUrl = oldUrl;
        this.mirror = mirror;
    }

    @Override
    public String link(String href, String text) {
        if (href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)) {
            return null;
        }
        if (href.regionMatches(true, 0, "mailto:", 0, 7) || href.regionMatches(true, 0, "tel:", 0, 4)) {
            return href.replace(" ", "%20");
        }
        boolean document = DOCUMENTS.contains(extension(href));
        Optional<Path> local = local(href);
        if (local.isPresent() && document) {
            String name = copy(local.get());
            attach(name, text);
            return name;
        }
        if (local.isPresent() && isImage(href)) {
            return copy(local.get());
        }
        if (local.isEmpty() && !document) {
            Optional<String> download = savedDownload(href, text);
            if (download.isPresent()) {
                return download.get();
            }
        }
        if (!document) {
            Optional<String> sitePath = oldSitePath(href);
            if (sitePath.isPresent()) {
                return sitePath.get();
            }
        }
        Optional<String> absolute = absolute(href);
        if (document) {
            notes.add(absolute.isPresent() ? "attachment not in the saved files, linked at its old address: " + absolute.get()
                    : "attachment not in the saved files, and the page names no address of its own to link it at: " + href
                            + " is left as text; save the file with the page and import again");
        }
        return absolute.orElse(null);
    }

    @Override
    public String image(String src, String alt) {
        Optional<Path> local = local(src);
        String target = local.map(this::copy).orElse(null);
        if (target == null) {
            target = absolute(src).orElse(null);
        }
        if (target == null) {
            notes.add("image dropped, neither saved nor at a known address: " + src);
        } else if (alt.isEmpty()) {
            notes.add("image without a description, neither in the page nor in its caption: write what it shows"
                    + " between the brackets of ![](" + target + ")");
        }
        return target;
    }

    Map<Path, String> copies() {
        return copies;
    }

    List<String[]> attachments() {
        return attachments;
    }

    List<String> notes() {
        return notes;
    }

    /** The path from the host's root of a link to another page of the old site. */
    private Optional<String> oldSitePath(String href) {
        if (oldUrl != null) {
            try {
                URI target = oldUrl.resolve(new URI(href.strip().replace(" ", "%20")));
                boolean sameSite = sameHost(oldUrl.getHost(), target.getHost());
                return sameSite && target.getRawQuery() == null && target.getRawPath() != null
                        && !target.getRawPath().equals("/") ? Optional.of(target.getRawPath()) : Optional.empty();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (!mirror || href.contains(":")) {
            return Optional.empty();
        }
        return local(href).filter(file -> Importer.PAGES.contains(extension(file.getFileName().toString())))
                .map(file -> PageConverter.unadjusted("/" + inputRoot.relativize(file).toString().replace('\\', '/')
                        .replace(" ", "%20")));
    }

    /**
     * A document served by a download handler ("DownloadFile.aspx?FileID=12") and saved with the
     * page: copied beside the notice, named after the link's text, and made an attachment.
     */
    private Optional<String> savedDownload(String href, String text) {
        String bare = href.replaceFirst("#.*", "");
        int question = bare.indexOf('?');
        if (question < 0) {
            return Optional.empty();
        }
        Optional<Path> file = resolved(bare.substring(0, question))
                .flatMap(handler -> SavedDownloads.saved(handler, bare.substring(question + 1)))
                .filter(saved -> SafePaths.staysInsideAfterLinks(inputRoot, saved));
        Optional<String> extension = file.flatMap(SavedDownloads::documentExtension);
        if (extension.isEmpty()) {
            return Optional.empty();
        }
        String name = copy(file.get(), Slugs.slugify(text), extension.get());
        attach(name, text);
        return Optional.of(name);
    }

    /** Makes the copy {@code name} an attachment of the notice, titled with the link's text, once. */
    private void attach(String name, String text) {
        if (attachments.stream().noneMatch(a -> a[0].equals(name))) {
            attachments.add(new String[] {name, text.isBlank() ? null : text});
        }
    }

    /** The saved file a link names: beside the page, or in the mirrored tree for a root path. */
    private Optional<Path> local(String href) {
        return resolved(href).filter(Files::isRegularFile);
    }

    /** Where in the saved files a link leads, whether or not a file is there. */
    private Optional<Path> resolved(String href) {
        String path = href.replaceFirst("[?#].*", "");
        if (path.isEmpty() || path.contains(":") && !path.startsWith("/")) {
            Optional<String> sameSite = sameSitePath(href);
            if (sameSite.isEmpty()) {
                return Optional.empty();
            }
            path = sameSite.get();
        }
        String name;
        try {
            name = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return name.startsWith("/")
                ? SafePaths.resolveInside(inputRoot, inputRoot, name.substring(1))
                : SafePaths.resolveInside(inputRoot, pageFolder, name);
    }

    /** The path of an absolute link to the page's own old site. */
    private Optional<String> sameSitePath(String href) {
        if (oldUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(href.replace(" ", "%20"));
            return sameHost(oldUrl.getHost(), uri.getHost())
                    ? Optional.ofNullable(uri.getRawPath()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether two hosts are one site: "www.phuxuan.gov.vn" is "phuxuan.gov.vn". */
    static boolean sameHost(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                .equals(b.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
    }

    private Optional<String> absolute(String href) {
        try {
            URI uri = new URI(href.strip().replace(" ", "%20"));
            if (uri.isAbsolute()) {
                return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())
                        ? Optional.of(uri.toASCIIString()) : Optional.empty();
            }
            return oldUrl == null ? Optional.empty() : Optional.of(oldUrl.resolve(uri).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String copy(Path file) {
        String fileName = file.getFileName().toString();
        String extension = extension(fileName);
        return copy(file, Slugs.slugify(extension.isEmpty() ? fileName
                : fileName.substring(0, fileName.length() - extension.length() - 1)), extension);
    }

    /** The name of {@code file}'s copy beside the notice: {@code stem} (or "tep") and {@code extension}, made unique. */
    private String copy(Path file, String stem, String extension) {
        String existing = copies.get(file);
        if (existing != null) {
            return existing;
        }
        String base = stem.isEmpty() ? "tep" : stem;
        String name = base + (extension.isEmpty() ? "" : "." + extension);
        for (int n = 2; copies.containsValue(name) || name.equals("index.md"); n++) {
            name = base + "-" + n + (extension.isEmpty() ? "" : "." + extension);
        }
        copies.put(file, name);
        return name;
    }

    private static boolean isImage(String href) {
        return Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp").contains(extension(href));
    }

    static String extension(String href) {
        String path = href.replaceFirst("[?#].*", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package org.bangtin.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bangtin.config.FieldReader;
import org.bangtin.config.YamlField;

/**
 * The {@code aliases} field: old addresses of a notice, each a path from the host's root
 * ({@code /tin-tuc/ke-hoach-925.html}), where the build writes a redirect page. A path must stay
 * a plain path: no "..", no query or fragment (a static host cannot tell queries apart).
 */
public final class Aliases {
    private static final Pattern SEGMENT_OK = Pattern.compile("[^\\\\\\x00-\\x1F]+");

    private Aliases() {
    }

    static List<String> read(Optional<YamlField> field, FieldReader reader) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : reader.stringList(field.get()).orElse(List.of())) {
            problem(alias).ifPresentOrElse(
                    why -> reader.error(field.get(), "alias \"" + alias + "\" " + why,
                            "write the old address's path from the host's root, such as '/tin-tuc/ke-hoach-925.html'"),
                    () -> aliases.add(alias));
        }
        return aliases;
    }

    /** The path an alias names, %-escapes decoded ('+' is a plus in a path, not a space). */
    public static String decode(String alias) {
        return URLDecoder.decode(alias.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The path an alias names inside a site published under {@code basePath} ("" at the host's
     * root, "/tin-tuc" in a sub-folder), decoded and starting with '/': "/tin-tuc/ke-hoach.html"
     * is "/ke-hoach.html" there. Empty when the alias is outside that folder, where the site's
     * files are not served.
     */
    public static Optional<String> sitePath(String alias, String basePath) {
        String path = decode(alias);
        String base = decode(basePath);
        if (base.isEmpty()) {
            return Optional.of(path);
        }
        if (path.equals(base)) {
            return Optional.of("/");
        }
        return path.startsWith(base + "/") ? Optional.of(path.substring(base.length())) : Optional.empty();
    }

    /** Why {@code alias} cannot be a redirect's address, or empty when it can. */
    public static Optional<String> problem(String alias) {
        if (!alias.startsWith("/") || alias.startsWith("//")) {
            return Optional.of("is not a path from the host's root (it must start with one '/')");
        }
        if (alias.contains("?") || alias.contains("#")) {
            return Optional.of("has a query or fragment, which a static host cannot redirect");
        }
        String decoded;
        try {
            decoded = decode(alias);
        } catch (IllegalArgumentException e) {
            return Optional.of("has a broken %-escape");
        }
        if (decoded.equals("/")) {
            return Optional.of("is the home page");
        }
        for (String segment : decoded.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || (!segment.isEmpty() && !SEGMENT_OK.matcher(segment).matches())) {
                return Optional.of("has a '.' or '..' segment or a character a file name cannot hold");
            }
        }
        if (decoded.contains("//")) {
            return Optional.of("has an empty segment ('//')");
        }
        return Optional.empty();
    }
}

package org.bangtin.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The templates' {@code asset('/css/site.css')}: the URL of a published static file, as
 * {@code url()} gives it, with {@code ?v=} and the start of the SHA-256 of the file's bytes. A new
 * build that changes the file changes its URL, so hosts may let browsers keep these files for a
 * year, and an upgraded theme's script never meets a stale cache. A path that names no static
 * file is an error of the template. Thread-safe; each file is read and hashed once per engine.
 */
final class AssetFunction implements Function {
    /** Hex digits of the hash kept: 40 bits, enough to tell the builds of one file apart. */
    static final int VERSION_LENGTH = 10;

    private final UrlFunction url;
    private final Theme theme;
    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    AssetFunction(UrlFunction url, Theme theme) {
        this.url = url;
        this.theme = theme;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object path = args.get("path");
        String text = path == null ? "" : path.toString();
        String relative = text.startsWith("/") ? text.substring(1) : text;
        Optional<String> version = versions.computeIfAbsent(relative, this::version);
        if (version.isEmpty()) {
            throw new PebbleException(null, "asset('" + text + "'): no such file among the theme's and the site's static "
                    + "files", lineNumber, self.getName());
        }
        return url.execute(args, self, context, lineNumber) + "?v=" + version.get();
    }

    private Optional<String> version(String relative) {
        try {
            return theme.staticFile(relative).map(AssetFunction::version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of a file's bytes: the first {@link #VERSION_LENGTH} hex digits of their SHA-256. */
    static String version(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash).substring(0, VERSION_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

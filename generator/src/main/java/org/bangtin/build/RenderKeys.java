package org.bangtin.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.FileStamp;
import org.bangtin.render.Theme;

/**
 * The render key of each page template in one build: the settings, the values every page
 * receives, and the stamps of the site's template files it is made of and of the calendar every
 * page shows and of the site's static files. Each key is made before its template is first rendered, so that a template edited
 * during the build is seen as changed by the next. Thread-safe.
 */
final class RenderKeys {
    /** Rendered into every page beside its own template. */
    private static final String CALENDAR = "partials/calendar";

    private final Theme theme;
    private final SiteConfig config;
    private final Map<Path, FileStamp> calendar;
    private final Map<String, Object> shared;
    private final Map<String, BuildMemory.RenderKey> keys = new ConcurrentHashMap<>();
    private final Map<String, Boolean> unchanged = new ConcurrentHashMap<>();

    /** @param shared the values every page's template receives beside its own model */
    RenderKeys(Theme theme, SiteConfig config, Map<String, Object> shared) throws IOException {
        this.theme = theme;
        this.config = config;
        this.shared = shared;
        this.calendar = new HashMap<>(theme.templateStamps(CALENDAR));
        this.calendar.putAll(theme.staticStamps()); // named in every page by their versions
    }

    BuildMemory.RenderKey of(String template) {
        return keys.computeIfAbsent(template, name -> {
            try {
                Map<Path, FileStamp> files = new HashMap<>(theme.templateStamps(name));
                files.putAll(calendar);
                return new BuildMemory.RenderKey(config, Map.copyOf(files), shared);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Whether the template's key is the one in {@code previous} (the keys of the site in place):
     * compared once per template, not once per page.
     */
    boolean unchangedSince(String template, Map<String, BuildMemory.RenderKey> previous) {
        BuildMemory.RenderKey key = of(template);
        return unchanged.computeIfAbsent(template, name -> key.equals(previous.get(name)));
    }

    /** The keys made so far, by template name. */
    Map<String, BuildMemory.RenderKey> all() {
        return Map.copyOf(keys);
    }
}

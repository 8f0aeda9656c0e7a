package org.bangtin.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.diag.Diagnostic;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * Pebble, set up for bangtin: the site's {@code theme/templates} first, then the bundled theme;
 * auto-escaping on; strict variables on, so a misspelled variable is an error, not an empty
 * string; the default method-access blacklist kept. Thread-safe once built.
 */
final class ThemeEngine {
    static final String SUFFIX = ".peb";

    private final PebbleEngine pebble;
    private final Theme theme;
    private final Path siteTemplates;
    private final Path contentRoot;

    /** @param locale formats numbers ({@code numberformat}) and dates the site's way, whatever the machine's locale */
    ThemeEngine(Theme theme, Path contentRoot, String basePath, java.util.Locale locale) {
        this.theme = theme;
        this.siteTemplates = theme.siteTemplates();
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            FileLoader site = new FileLoader();
            site.setPrefix(siteTemplates.toString());
            site.setSuffix(SUFFIX);
            site.setCharset("UTF-8");
            loaders.add(site);
        }
        ClasspathLoader bundled = new ClasspathLoader(theme.classLoader());
        bundled.setPrefix(Theme.CLASSPATH_ROOT + "templates");
        bundled.setSuffix(SUFFIX);
        bundled.setCharset("UTF-8");
        loaders.add(bundled);
        UrlFunction url = new UrlFunction(basePath);
        Map<String, Function> functions = Map.of("url", url, "asset", new AssetFunction(url, theme));
        this.pebble = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(locale)
                .tagCache(new FragmentCache()) // an engine is made for each build, and so its cache: never stale
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        return functions;
                    }

                    @Override
                    public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
                        return Map.of("contactLinks", new ContactLinks());
                    }

                    @Override
                    public List<AttributeResolver> getAttributeResolver() {
                        return List.of(new ViewAttributes());
                    }
                })
                .build();
    }

    /** Renders {@code template} with {@code model}; a template error becomes a located diagnostic. */
    String render(String template, Map<String, Object> model) throws TemplateException {
        return render(template, model, PageWriter::text);
    }

    /** Renders {@code template} with {@code model} into UTF-8 bytes, as {@link #render} and then {@code getBytes}. */
    byte[] renderUtf8(String template, Map<String, Object> model) throws TemplateException {
        return render(template, model, PageWriter::utf8);
    }

    private <T> T render(String template, Map<String, Object> model, java.util.function.Function<PageWriter, T> result)
            throws TemplateException {
        try {
            PebbleTemplate compiled = pebble.getTemplate(template);
            PageWriter out = PageWriter.acquire();
            try {
                compiled.evaluate(out, model);
                return result.apply(out);
            } finally {
                out.release();
            }
        } catch (PebbleException e) {
            throw new TemplateException(diagnostic(template, e));
        } catch (IOException e) {
            throw new TemplateException(Diagnostic.error(Path.of(template + SUFFIX), 0,
                    "cannot render template: " + e.getMessage(), ""));
        } catch (StackOverflowError e) {
            throw new TemplateException(endless(template));
        }
    }

    /** Why rendering {@code template} overflowed the stack: what {@link EndlessTemplates} finds, else a guess. */
    private Diagnostic endless(String template) {
        try {
            Optional<EndlessTemplates.Cause> cause = EndlessTemplates.of(template, theme);
            if (cause.isPresent()) {
                return Diagnostic.error(templateFile(cause.get().template()), cause.get().line(), "template error: "
                        + cause.get().message(), "rendering it never ends: remove the call that leads back to where it started");
            }
        } catch (IOException unreadable) {
            // rendering read them all: the message below still holds
        }
        return Diagnostic.error(templateFile(template), 0, "template error: rendering '" + template + "' never ends:"
                + " a template or macro calls itself without end, or data nests too deeply", "check the includes and"
                + " macros that call themselves");
    }

    private Diagnostic diagnostic(String template, PebbleException e) {
        String name = e.getFileName() != null ? e.getFileName() : template;
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage());
        return Diagnostic.error(templateFile(name), line, "template error: " + message,
                "fix the template; the variables every template can use are listed in themes/TEMPLATES.md");
    }

    /** Where a template comes from: the site's override (relative to the content root) or the bundled theme. */
    private Path templateFile(String name) {
        String fileName = name.endsWith(SUFFIX) ? name : name + SUFFIX;
        Path override = siteTemplates.resolve(fileName);
        if (Files.isRegularFile(override)) {
            return contentRoot.relativize(override);
        }
        return Path.of("[bundled theme]", Theme.CLASSPATH_ROOT + "templates", fileName);
    }

    /** A template failed: carries the located problem. */
    static final class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic problem;

        TemplateException(Diagnostic problem) {
            super(problem.format());
            this.problem = problem;
        }

        Diagnostic problem() {
            return problem;
        }
    }
}

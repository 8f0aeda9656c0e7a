package org.bangtin.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.config.FieldReader;
import org.bangtin.config.YamlField;
import org.bangtin.config.YamlMapping;
import org.bangtin.diag.Diagnostics;
import org.jsoup.select.QueryParser;

/**
 * Reads import profiles: the bundled default, and a site's own file over it. Every key is a list
 * of CSS selectors; an unknown key or a selector jsoup cannot read is an error with its line.
 */
public final class ProfileReader {
    static final String DEFAULT_RESOURCE = "default-profile.yml";

    private ProfileReader() {
    }

    /** The default profile, bundled with bangtin. */
    public static ImportProfile defaults() {
        try (InputStream in = ProfileReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + DEFAULT_RESOURCE + " is missing");
            }
            Diagnostics problems = new Diagnostics();
            ImportProfile profile = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Path.of("[bundled]", DEFAULT_RESOURCE), problems);
            if (problems.hasErrors()) {
                throw new IllegalStateException("the bundled " + DEFAULT_RESOURCE + " is broken: " + problems.sorted());
            }
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default profile with the site's {@code file} over it; empty after reporting its problems. */
    public static Optional<ImportProfile> read(Path file, Diagnostics problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(file, 0, "cannot read the import profile: " + e.getMessage(), "check the file's name");
            return Optional.empty();
        }
        Diagnostics fileProblems = new Diagnostics();
        ImportProfile site = parse(text, file, fileProblems);
        problems.addAll(fileProblems.sorted());
        return fileProblems.hasErrors() ? Optional.empty() : Optional.of(defaults().overriddenBy(site));
    }

    static ImportProfile parse(String text, Path file, Diagnostics problems) {
        Map<String, List<String>> lists = new HashMap<>();
        YamlMapping.parse(text, file, 1, problems).ifPresent(yaml -> {
            FieldReader reader = new FieldReader(file, 1, problems);
            for (YamlField field : yaml.fields().values()) {
                if (!ImportProfile.KEYS.contains(field.key())) {
                    reader.unknownKey(field, ImportProfile.KEYS, "the import profile");
                    continue;
                }
                List<String> selectors = new ArrayList<>();
                for (String selector : reader.stringList(field).orElse(List.of())) {
                    try {
                        QueryParser.parse(selector);
                        selectors.add(selector);
                    } catch (RuntimeException e) {
                        reader.error(field, "'" + field.key() + "': \"" + selector + "\" is not a CSS selector ("
                                + e.getMessage() + ")", "write selectors as in a style sheet: \".news-content\", \"h1.title\"");
                    }
                }
                lists.put(field.key(), selectors);
            }
        });
        return new ImportProfile(lists.getOrDefault("title", List.of()), lists.getOrDefault("date", List.of()),
                lists.getOrDefault("body", List.of()), lists.getOrDefault("author", List.of()),
                lists.getOrDefault("summary", List.of()), lists.getOrDefault("remove", List.of()));
    }
}

package org.bangtin.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bangtin.diag.Diagnostics;
import org.bangtin.diag.ReadFailure;

/**
 * Reads {@code site.yml}. Every key is optional; an unknown key is an error with "did you mean",
 * and a bad value is an error naming the key and its line.
 */
public final class SiteConfigReader {
    static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "timeZone",
            "pageSize", "categories", "footer", "badge", "issuer", "expired", "feedContent", "relatedCount",
            "attachmentWarnSize");
    private static final List<String> BADGE_KEYS = List.of("text", "url", "image");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_PAGE_SIZE = 1000;
    private static final int MAX_RELATED_COUNT = 50;
    /** 'attachmentWarnSize' is in megabytes, up to 2 GB. */
    private static final int MAX_WARN_MEGABYTES = 2048;

    private SiteConfigReader() {
    }

    /** The settings of the site in {@code contentRoot}; problems name the file relative to it. */
    public static SiteConfig read(Path contentRoot, Diagnostics problems) {
        Path file = contentRoot.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return SiteConfig.defaults();
        }
        Path shownName = Path.of(SiteConfig.FILE_NAME);
        Optional<String> text;
        try {
            text = SourceText.decode(Files.readAllBytes(file), shownName, problems);
        } catch (IOException e) {
            problems.error(shownName, 0, "cannot read the site settings: " + ReadFailure.why(e), "check the file's permissions");
            return SiteConfig.defaults();
        }
        return text.flatMap(yaml -> YamlMapping.parse(yaml, shownName, 1, problems))
                .map(yaml -> fromFields(yaml, new FieldReader(shownName, 1, problems)))
                .orElse(SiteConfig.defaults());
    }

    /**
     * The line of each key of the site's {@code site.yml}, for messages about a setting that was
     * read fine but does not fit the rest of the build (a language the theme lacks, a base URL
     * left out); empty when there is no readable {@code site.yml}, whose problems {@link #read}
     * reports.
     */
    public static Optional<Map<String, Integer>> keyLines(Path contentRoot) {
        Path file = contentRoot.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path shownName = Path.of(SiteConfig.FILE_NAME);
        Diagnostics reportedByRead = new Diagnostics();
        try {
            return SourceText.decode(Files.readAllBytes(file), shownName, reportedByRead)
                    .flatMap(yaml -> YamlMapping.parse(yaml, shownName, 1, reportedByRead))
                    .map(yaml -> yaml.fields().values().stream()
                            .collect(java.util.stream.Collectors.toMap(YamlField::key, YamlField::line)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static SiteConfig fromFields(YamlMapping yaml, FieldReader reader) {
        SiteConfig defaults = SiteConfig.defaults();
        String title = defaults.title();
        String description = defaults.description();
        String baseUrl = defaults.baseUrl();
        String language = defaults.language();
        ZoneId zone = defaults.timeZone();
        int pageSize = defaults.pageSize();
        List<String> categories = defaults.categories();
        List<String> footer = defaults.footerLines();
        Badge badge = defaults.badge();
        String issuer = defaults.issuer();
        ExpiredNotices expired = defaults.expired();
        FeedContent feedContent = defaults.feedContent();
        int relatedCount = defaults.relatedCount();
        long warnSize = defaults.attachmentWarnSize();
        for (YamlField field : yaml.fields().values()) {
            switch (field.key()) {
                case "title" -> title = reader.string(field).orElse(title);
                case "description" -> description = reader.string(field).orElse(description);
                case "baseUrl" -> baseUrl = reader.string(field).flatMap(url -> baseUrl(url, field, reader)).orElse(baseUrl);
                case "language" -> language = reader.string(field).flatMap(l -> language(l, field, reader)).orElse(language);
                case "timeZone" -> zone = reader.string(field).flatMap(z -> zone(z, field, reader)).orElse(zone);
                case "pageSize" -> pageSize = reader.positiveInt(field, MAX_PAGE_SIZE).orElse(pageSize);
                case "categories" -> categories = reader.stringList(field).orElse(categories);
                case "footer" -> footer = reader.stringList(field).orElse(footer);
                case "badge" -> badge = reader.mapping(field).flatMap(m -> badge(m, reader)).orElse(badge);
                case "issuer" -> issuer = reader.string(field).orElse(issuer);
                case "relatedCount" -> relatedCount = reader.positiveInt(field, MAX_RELATED_COUNT).orElse(relatedCount);
                case "attachmentWarnSize" -> warnSize = reader.positiveInt(field, MAX_WARN_MEGABYTES)
                        .map(megabytes -> megabytes * 1024L * 1024L).orElse(warnSize);
                case "expired" -> expired = reader.string(field)
                        .flatMap(w -> choice(w, ExpiredNotices.values(), ExpiredNotices::word, field, reader)).orElse(expired);
                case "feedContent" -> feedContent = reader.string(field)
                        .flatMap(w -> choice(w, FeedContent.values(), FeedContent::word, field, reader)).orElse(feedContent);
                default -> reader.unknownKey(field, KEYS, SiteConfig.FILE_NAME);
            }
        }
        return new SiteConfig(title, description, baseUrl, language, zone, pageSize, categories, footer, badge, issuer,
                expired, feedContent, relatedCount, warnSize);
    }

    /** One of a few words ("keep", "mark", "hide"), or an error listing them. */
    private static <T> Optional<T> choice(String word, T[] values, java.util.function.Function<T, String> wordOf,
            YamlField field, FieldReader reader) {
        for (T value : values) {
            if (wordOf.apply(value).equals(word)) {
                return Optional.of(value);
            }
        }
        List<String> words = java.util.Arrays.stream(values).map(wordOf).toList();
        reader.error(field, "'" + field.key() + "' must be one of " + String.join(", ", words) + ", not \"" + word + "\"",
                "write '" + field.key() + ": " + words.get(0) + "'");
        return Optional.empty();
    }

    private static Optional<String> baseUrl(String url, YamlField field, FieldReader reader) {
        Optional<BaseUrl.Problem> problem = BaseUrl.problem(url);
        if (problem.isPresent()) {
            reader.error(field, "'baseUrl': \"" + url + "\" is not a site address: " + problem.get().reason(),
                    "write, for example, 'baseUrl: \"" + problem.get().example() + "\"'");
            return Optional.empty();
        }
        return BaseUrl.check(url);
    }

    private static Optional<String> language(String language, YamlField field, FieldReader reader) {
        if (LANGUAGE.matcher(language).matches()) {
            return Optional.of(language);
        }
        reader.error(field, "'language' must be a language code such as vi or en, not \"" + language + "\"",
                "write 'language: vi'");
        return Optional.empty();
    }

    private static Optional<ZoneId> zone(String zone, YamlField field, FieldReader reader) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            reader.error(field, "unknown time zone \"" + zone + "\"", "write 'timeZone: Asia/Ho_Chi_Minh'");
            return Optional.empty();
        }
    }

    private static Optional<Badge> badge(Map<String, YamlField> fields, FieldReader reader) {
        String text = null;
        String url = null;
        String image = null;
        for (YamlField field : fields.values()) {
            switch (field.key()) {
                case "text" -> text = reader.string(field).orElse(null);
                case "url" -> url = reader.string(field).orElse(null);
                case "image" -> image = reader.string(field).orElse(null);
                default -> reader.unknownKey(field, BADGE_KEYS, "'badge'");
            }
        }
        if (text == null) {
            reader.error(fields.values().stream().findFirst().map(YamlField::line).orElse(reader.firstLine()),
                    "'badge' needs a 'text'", "add 'text: \"Tín nhiệm mạng\"' under 'badge:'");
            return Optional.empty();
        }
        return Optional.of(new Badge(text, url, image));
    }
}

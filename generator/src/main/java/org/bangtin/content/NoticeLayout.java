package org.bangtin.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a site names its notice files, learnt from the files it has: year folders
 * ({@code notices/2019/slug.md}), year and month folders ({@code tin/2019/03/slug.md}), a folder
 * per notice ({@code notices/2019/slug/index.md}) or dated names ({@code tin/2019-03-27-slug.md}).
 * The scheme most files follow wins; a site without dated files gets {@code notices/<year>/<slug>.md}.
 *
 * @param pattern the scheme, with {yyyy}, {MM}, {date} and {slug} standing for the notice's parts
 */
record NoticeLayout(String pattern) {
    static final NoticeLayout DEFAULT = new NoticeLayout("notices/{yyyy}/{slug}.md");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern MONTH = Pattern.compile("0[1-9]|1[0-2]");
    private static final Pattern DATED_NAME = Pattern.compile("(19|20)\\d\\d-\\d\\d-\\d\\d-.+");

    /** The scheme most of {@code files} (relative to the content folder) follow. */
    static NoticeLayout of(List<Path> files) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : files) {
            String pattern = patternOf(file);
            if (pattern != null) {
                counts.merge(pattern, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(e -> new NoticeLayout(e.getKey()))
                .orElse(DEFAULT);
    }

    /** The scheme one file follows, or null when its path holds no date. */
    private static String patternOf(Path file) {
        StringBuilder pattern = new StringBuilder();
        boolean dated = false;
        int count = file.getNameCount();
        for (int i = 0; i < count; i++) {
            String name = file.getName(i).toString();
            boolean last = i == count - 1;
            String part;
            if (last && name.equals("index.md") && dated) {
                part = "index.md";
            } else if (last && DATED_NAME.matcher(name).matches()) {
                part = "{date}-{slug}.md";
                dated = true;
            } else if (last) {
                part = "{slug}.md";
            } else if (!dated && YEAR.matcher(name).matches()) {
                part = "{yyyy}";
                dated = true;
            } else if (dated && pattern.toString().endsWith("{yyyy}/") && MONTH.matcher(name).matches()) {
                part = "{MM}";
            } else if (dated && i == count - 2 && file.getFileName().toString().equals("index.md")) {
                part = "{slug}";
            } else {
                part = name;
            }
            pattern.append(part).append(last ? "" : "/");
        }
        return dated ? pattern.toString() : null;
    }

    /** The file of a notice posted at {@code date} with {@code slug}, relative to the content folder. */
    Path fileFor(ZonedDateTime date, String slug) {
        return Path.of(pattern
                .replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{MM}", String.format("%02d", date.getMonthValue()))
                .replace("{date}", date.toLocalDate().toString())
                .replace("{slug}", slug));
    }
}

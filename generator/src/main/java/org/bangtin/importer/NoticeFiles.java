package org.bangtin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.config.FieldReader;
import org.bangtin.config.YamlField;
import org.bangtin.config.YamlMapping;
import org.bangtin.diag.Diagnostics;

/**
 * Writes imported notices without ever replacing a file. A page was imported before when a notice
 * of its title and year (or one of its "-2", "-3" names) has one of its old addresses in
 * {@code aliases} or {@code old-url}, or is the very text it would get; another page with the same
 * title and year (a monthly "Lịch tiếp công dân") gets the next free name. Not thread-safe.
 */
final class NoticeFiles {
    /** The notices this run wrote, and their titles. */
    private final Map<Path, String> written = new HashMap<>();

    /**
     * What became of a page: the notice written, or the notice that holds it from before.
     *
     * @param imported null when the page was imported before
     * @param existing the notice of the page from before, or null
     */
    record Outcome(ImportReport.Imported imported, Path existing) {
    }

    /** Writes the notice and copies its files, unless an existing notice holds the page already. */
    Outcome write(ConvertedPage page, String shown, Path out) throws IOException {
        List<Path> paths = page.paths(out);
        String slug = paths.get(0).getFileName().toString().replaceFirst("\\.md$", "");
        Path folder = paths.get(0).getParent();
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            Path single = folder.resolve(name + ".md");
            Path bundle = folder.resolve(name).resolve("index.md");
            Path existing = Files.exists(single) ? single : Files.exists(bundle) ? bundle : null;
            if (existing != null && !written.containsKey(existing) && holds(existing, page)) {
                return new Outcome(null, existing);
            }
            if (existing != null) {
                continue;
            }
            Path target = page.copies().isEmpty() ? single : bundle;
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, page.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            written.put(target, page.title());
            List<String> notes = new ArrayList<>(page.notes());
            for (Map.Entry<Path, String> copy : page.copies().entrySet()) {
                Files.copy(copy.getKey(), target.getParent().resolve(copy.getValue()));
                notes.add("copied " + copy.getKey().getFileName() + " as " + copy.getValue());
            }
            return new Outcome(new ImportReport.Imported(shown, relative(out, target), notes), null);
        }
    }

    /** The title of a notice this run wrote ({@code notice} relative to the output folder, as the report names it). */
    String title(String notice) {
        return written.entrySet().stream().filter(e -> e.getKey().toString().replace('\\', '/').endsWith("/" + notice))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String relative(Path out, Path notice) {
        return out.relativize(notice).toString().replace('\\', '/');
    }

    /** Whether the notice {@code existing} holds {@code page}: one of its old addresses, or its very text. */
    private static boolean holds(Path existing, ConvertedPage page) throws IOException {
        String text = Files.readString(existing, StandardCharsets.UTF_8);
        if (text.equals(page.text())) {
            return true;
        }
        List<String> recorded = oldAddresses(text, existing);
        return page.oldAddresses().stream().anyMatch(recorded::contains);
    }

    /** The 'aliases' and 'old-url' of a notice's front matter; none when it has none or they cannot be read. */
    private static List<String> oldAddresses(String text, Path file) {
        String lines = text.replace("\r\n", "\n");
        if (!lines.startsWith("---\n")) {
            return List.of();
        }
        int end = lines.indexOf("\n---", 3);
        if (end < 0) {
            return List.of();
        }
        Diagnostics ignored = new Diagnostics();
        Optional<YamlMapping> yaml = YamlMapping.parse(lines.substring(4, end + 1), file, 2, ignored);
        if (yaml.isEmpty()) {
            return List.of();
        }
        FieldReader reader = new FieldReader(file, 2, ignored);
        List<String> addresses = new ArrayList<>();
        for (String key : List.of("aliases", PageConverter.OLD_URL)) {
            Optional<YamlField> field = yaml.get().field(key);
            field.flatMap(reader::stringList).ifPresent(addresses::addAll);
        }
        return addresses;
    }
}

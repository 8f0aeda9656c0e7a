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

/**
 * Writes imported notices without ever replacing a file. A page was imported before when a notice
 * of its title and year (or one of its "-2", "-3" names) has one of its old addresses in
 * {@code aliases} or {@code old-url}, or is the very text it would get; a page with the title and
 * Markdown of such a notice is its article saved at another address since, which its 'aliases'
 * get. Another page with the same title and year (a monthly "Lịch tiếp công dân") gets the next
 * free name. Not thread-safe.
 */
final class NoticeFiles {
    /** The notices this run wrote, and their titles. */
    private final Map<Path, String> written = new HashMap<>();

    /**
     * What became of a page: the notice written, or the notice that holds it from before.
     *
     * @param imported    null when the page was imported before
     * @param existing    the notice of the page from before, or null
     * @param sameArticle what was added to {@code existing} when the page is its article at another
     *                    old address, else null
     */
    record Outcome(ImportReport.Imported imported, Path existing, SameArticle sameArticle) {
    }

    /**
     * A page that is the article of a notice written by an earlier run, saved at another old
     * address since: its path addresses added to that notice's 'aliases', and those that could
     * not be (the field is not as the import writes it; the editor adds them).
     */
    record SameArticle(List<String> added, List<String> notAdded) {
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
            if (existing != null && !written.containsKey(existing)) {
                ImportedNotice before = ImportedNotice.read(existing);
                if (before.holds(page)) {
                    return new Outcome(null, existing, null);
                }
                if (before.sameArticle(page)) {
                    return new Outcome(null, existing, addAliases(before, page));
                }
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
            return new Outcome(new ImportReport.Imported(shown, relative(out, target), notes), null, null);
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

    /** Adds the page's old addresses that a static host can serve (no query) to the notice's 'aliases'. */
    private static SameArticle addAliases(ImportedNotice notice, ConvertedPage page) throws IOException {
        List<String> added = new ArrayList<>();
        List<String> notAdded = new ArrayList<>();
        String text = notice.text();
        for (String alias : page.oldAddresses().stream().filter(a -> !a.contains("?")).toList()) {
            Optional<String> with = ImportedNotice.withAlias(text, alias);
            if (with.isPresent()) {
                text = with.get();
                added.add(alias);
            } else {
                notAdded.add(alias);
            }
        }
        if (!added.isEmpty()) {
            Files.writeString(notice.file(), text, StandardCharsets.UTF_8);
        }
        return new SameArticle(added, notAdded);
    }
}

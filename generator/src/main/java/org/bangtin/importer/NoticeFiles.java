package org.bangtin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes imported notices without ever replacing a file: a notice whose file exists from before is
 * not written (it was imported already); two pages of one import with the same title and year get
 * "-2", "-3". Not thread-safe.
 */
final class NoticeFiles {
    private final Set<Path> written = new HashSet<>();

    /** Writes the notice and copies its files; empty when its file exists from before. */
    Optional<ImportReport.Imported> write(ConvertedPage page, String shown, Path out) throws IOException {
        List<Path> paths = page.paths(out);
        String slug = paths.get(0).getFileName().toString().replaceFirst("\\.md$", "");
        Path folder = paths.get(0).getParent();
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            Path single = folder.resolve(name + ".md");
            Path bundle = folder.resolve(name).resolve("index.md");
            boolean taken = Files.exists(single) || Files.exists(bundle);
            boolean ours = written.contains(single) || written.contains(bundle);
            if (taken && !ours) {
                return Optional.empty();
            }
            if (taken) {
                continue;
            }
            Path target = page.copies().isEmpty() ? single : bundle;
            Files.createDirectories(target.getParent());
            try {
                Files.writeString(target, page.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                return Optional.empty();
            }
            written.add(target);
            List<String> notes = new ArrayList<>(page.notes());
            for (Map.Entry<Path, String> copy : page.copies().entrySet()) {
                Files.copy(copy.getKey(), target.getParent().resolve(copy.getValue()));
                notes.add("copied " + copy.getKey().getFileName() + " as " + copy.getValue());
            }
            return Optional.of(new ImportReport.Imported(shown, out.relativize(target).toString().replace('\\', '/'), notes));
        }
    }
}

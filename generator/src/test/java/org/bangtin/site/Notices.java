package org.bangtin.site;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.bangtin.content.DocumentInfo;
import org.bangtin.content.Notice;
import org.bangtin.text.StoredText;

/** Notices made in memory, for tests of the pure site stage. */
final class Notices {
    private Notices() {
    }

    static Notice notice(String file, String title, String date, String category, String slug, String... tags) {
        Path source = Path.of("/content").resolve(file);
        return new Notice(source, Path.of(file), source.getParent(), title,
                ZonedDateTime.parse(date + "T08:00+07:00[Asia/Ho_Chi_Minh]"), null, null, category, List.of(tags), null,
                false, null, null, DocumentInfo.NONE, List.of(), slug, null, null, Map.of(), StoredText.of(""), 5, Map.of("title", 2, "category", 3, "slug", 4),
                List.of(), List.of());
    }
}

package org.bangtin.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.config.FieldReader;
import org.bangtin.config.YamlField;
import org.bangtin.text.DidYouMean;
import org.bangtin.text.Slugs;

/**
 * The front matter fields bangtin does not know. A custom field for the theme is kept. A known
 * field misspelled, written in Vietnamese or in the plural is an error that names the field meant.
 * A name with spaces or accents ("Kính gửi") is almost always a line of the text, taken for a
 * field because the front matter was not closed above it: an error that says so, not a text lost.
 */
final class CustomFields {
    private final Map<String, Object> kept = new LinkedHashMap<>();
    /** Known field → the field written for it under another name. */
    private final Map<String, YamlField> writtenFor = new HashMap<>();

    CustomFields(List<YamlField> fields, List<String> known, FrontMatter frontMatter, FieldReader reader) {
        for (int i = 0; i < fields.size(); i++) {
            YamlField field = fields.get(i);
            if (known.contains(field.key())) {
                continue;
            }
            Optional<String> meant = FieldNames.meant(field.key()).or(() -> DidYouMean.closest(field.key(), known));
            if (meant.isPresent()) {
                writtenFor.putIfAbsent(meant.get(), field);
                reader.unknownKey(field, meant.get(), "the front matter");
            } else if (!isName(field.key())) {
                List<YamlField> after = fields.subList(i + 1, fields.size());
                if (after.stream().noneMatch(f -> known.contains(f.key()))) {
                    reader.problems().report(frontMatter.notClosedAbove(reader.file(), field.line(),
                            "'" + field.key() + "' is not a field"));
                    return; // the rest is text too
                }
                reader.error(field, "'" + field.key() + "' cannot be a field name: it has spaces or accents",
                        "name a custom field with ASCII letters, digits and '-', such as '" + Slugs.slugify(field.key())
                                + "'; known fields: " + String.join(", ", known));
            } else {
                kept.put(field.key(), FieldReader.plain(field.value()));
            }
        }
    }

    /** The custom fields, in the order written, as plain values for templates. */
    Map<String, Object> kept() {
        return Collections.unmodifiableMap(kept);
    }

    /** The field written under another name for {@code known} ('tiêu đề' for 'title'), if any. */
    Optional<YamlField> writtenFor(String known) {
        return Optional.ofNullable(writtenFor.get(known));
    }

    /** A name a template can use: ASCII, no spaces ('phong-ban', 'so_trang'). */
    private static boolean isName(String key) {
        return key.chars().allMatch(c -> c > ' ' && c < 127);
    }
}

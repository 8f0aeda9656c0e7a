package org.bangtin.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bangtin.text.Slugs;

/**
 * A page read and converted into a notice's text, or the reason it is skipped.
 *
 * @param skipReason  why the page is not imported, or null
 * @param title       the notice's title
 * @param text        the notice file: front matter and Markdown
 * @param copies      saved files to copy beside the notice: source → name
 * @param year        the year of its posting, for its folder
 * @param notes       what the report tells about it
 * @param oldAddresses its old addresses from the host's root, a query kept ("/Default.aspx?tabid=87&ItemID=925")
 */
record ConvertedPage(String skipReason, String title, String text, Map<Path, String> copies, int year, List<String> notes,
        List<String> oldAddresses) {
    ConvertedPage {
        copies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(copies)); // in the order found
        notes = List.copyOf(notes);
        oldAddresses = List.copyOf(oldAddresses);
    }

    static ConvertedPage skip(String reason) {
        return new ConvertedPage(reason, null, null, Map.of(), 0, List.of(), List.of());
    }

    /** The old address with a query, which a static host cannot serve, or null. */
    String queryAddress() {
        return oldAddresses.stream().filter(a -> a.contains("?")).findFirst().orElse(null);
    }

    /** Where the notice goes in {@code out}: as a file, and as a folder with its files. */
    List<Path> paths(Path out) {
        String slug = Slugs.slugify(title).isEmpty() ? "tin" : Slugs.slugify(title);
        Path folder = out.resolve(String.valueOf(year));
        return List.of(folder.resolve(slug + ".md"), folder.resolve(slug).resolve("index.md"));
    }
}

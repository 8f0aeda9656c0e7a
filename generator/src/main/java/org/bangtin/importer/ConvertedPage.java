package org.bangtin.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangtin.content.FrontMatterWriter;
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
 * @param article     its title and text, spaces collapsed: a page with the same is the same article
 */
record ConvertedPage(String skipReason, String title, String text, Map<Path, String> copies, int year, List<String> notes,
        List<String> oldAddresses, String article) {
    private static final Pattern ALIASES = Pattern.compile("(?m)^aliases:\n(?:  - .*\n)*");
    private static final Pattern ALIASES_KEY = Pattern.compile("(?m)^aliases\\s*:");
    private static final Pattern AFTER_ALIASES = Pattern.compile("(?m)^(?:old-url|attachments):");

    ConvertedPage {
        copies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(copies)); // in the order found
        notes = List.copyOf(notes);
        oldAddresses = List.copyOf(oldAddresses);
    }

    static ConvertedPage skip(String reason) {
        return new ConvertedPage(reason, null, null, Map.of(), 0, List.of(), List.of(), null);
    }

    /** The old address with a query, which a static host cannot serve, or null. */
    String queryAddress() {
        return oldAddresses.stream().filter(a -> a.contains("?")).findFirst().orElse(null);
    }

    /**
     * Whether {@link #withAlias} can add to the notice file {@code text} without breaking what an
     * editor wrote: it has no 'aliases', or has them in the block form the import writes ("  - "
     * lines, nothing indented after them), and '\n' line ends.
     */
    static boolean takesAlias(String text) {
        if (text.indexOf('\r') >= 0 || text.indexOf("\n---\n", 3) < 0) {
            return false;
        }
        String frontMatter = text.substring(0, text.indexOf("\n---\n", 3) + 1);
        if (!ALIASES_KEY.matcher(frontMatter).find()) {
            return true;
        }
        Matcher block = ALIASES.matcher(frontMatter);
        return block.find() && (block.end() == frontMatter.length() || " \t-".indexOf(frontMatter.charAt(block.end())) < 0);
    }

    /**
     * The notice file with {@code alias} added to its {@code aliases} (the field made when it has
     * none, before 'old-url' and 'attachments').
     */
    static String withAlias(String text, String alias) {
        int end = text.indexOf("\n---\n", 3) + 1;
        String frontMatter = text.substring(0, end);
        List<String> aliases = new ArrayList<>();
        Matcher block = ALIASES.matcher(frontMatter);
        int at = frontMatter.length();
        if (block.find()) {
            for (String line : block.group().split("\n")) {
                if (line.startsWith("  - ")) {
                    aliases.add(line);
                }
            }
            frontMatter = frontMatter.substring(0, block.start()) + frontMatter.substring(block.end());
            at = block.start();
        } else {
            Matcher after = AFTER_ALIASES.matcher(frontMatter);
            at = after.find() ? after.start() : at;
        }
        String added = new FrontMatterWriter().list("aliases", List.of(alias)).withBody("");
        aliases.add(added.substring(added.indexOf("\n  - ") + 1, added.indexOf("\n---")));
        String field = "aliases:\n" + String.join("\n", aliases) + "\n";
        return frontMatter.substring(0, at) + field + frontMatter.substring(at) + text.substring(end);
    }

    /** Where the notice goes in {@code out}: as a file, and as a folder with its files. */
    List<Path> paths(Path out) {
        String slug = Slugs.slugify(title).isEmpty() ? "tin" : Slugs.slugify(title);
        Path folder = out.resolve(String.valueOf(year));
        return List.of(folder.resolve(slug + ".md"), folder.resolve(slug).resolve("index.md"));
    }
}

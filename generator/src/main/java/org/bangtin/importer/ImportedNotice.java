package org.bangtin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangtin.config.FieldReader;
import org.bangtin.config.YamlField;
import org.bangtin.config.YamlMapping;
import org.bangtin.diag.Diagnostics;

/**
 * A notice file that an earlier import may have written, as a later import run sees it: its
 * text, title, old addresses and Markdown body. Read leniently: a file an editor broke is
 * simply not recognized as holding any page.
 *
 * @param file      the notice file
 * @param text      its whole text, as read
 * @param title     its front matter's title, or null
 * @param addresses its 'aliases' and 'old-url'
 * @param body      its Markdown after the front matter (line ends as '\n'), or null without front matter
 */
record ImportedNotice(Path file, String text, String title, List<String> addresses, String body) {
    static ImportedNotice read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String lines = text.replace("\r\n", "\n");
        int end = lines.startsWith("---\n") ? lines.indexOf("\n---\n", 3) : -1;
        if (end < 0) {
            return new ImportedNotice(file, text, null, List.of(), null);
        }
        Diagnostics ignored = new Diagnostics();
        Optional<YamlMapping> yaml = YamlMapping.parse(lines.substring(4, end + 1), file, 2, ignored);
        if (yaml.isEmpty()) {
            return new ImportedNotice(file, text, null, List.of(), null);
        }
        FieldReader reader = new FieldReader(file, 2, ignored);
        List<String> addresses = new ArrayList<>();
        for (String key : List.of("aliases", PageConverter.OLD_URL)) {
            yaml.get().field(key).flatMap(reader::stringList).ifPresent(addresses::addAll);
        }
        String title = yaml.get().field("title").flatMap(reader::string).orElse(null);
        return new ImportedNotice(file, text, title, addresses, lines.substring(end + 5));
    }

    /** Whether this notice holds {@code page}: one of its old addresses, or its very text. */
    boolean holds(ConvertedPage page) {
        return text.equals(page.text()) || page.oldAddresses().stream().anyMatch(addresses::contains);
    }

    /**
     * Whether {@code page} is this notice's article at another old address: the same title and
     * the same Markdown as the import would write now (an article an editor has since changed is
     * not recognized, and gets a notice of its own).
     */
    boolean sameArticle(ConvertedPage page) {
        return body != null && page.title().equals(title) && body.equals(bodyOf(page.text()));
    }

    /**
     * A notice's {@code text} with {@code alias} added to its 'aliases', or empty when the field is
     * not in the block form the import writes (an editor's "aliases: [...]", or a file with Windows
     * line ends): adding to it there could break what the editor wrote.
     */
    static Optional<String> withAlias(String text, String alias) {
        return ConvertedPage.takesAlias(text) ? Optional.of(ConvertedPage.withAlias(text, alias)) : Optional.empty();
    }

    private static String bodyOf(String noticeText) {
        return noticeText.substring(noticeText.indexOf("\n---\n", 3) + 5);
    }
}

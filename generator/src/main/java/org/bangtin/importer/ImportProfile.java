package org.bangtin.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a portal's article page are, as CSS selectors tried in order.
 *
 * @param title  the title's element
 * @param date   an element holding the posting date
 * @param body   the article's text
 * @param author  the byline
 * @param summary the article's lead, in a box of its own between the title and the text
 * @param remove  site chrome, dropped first
 */
public record ImportProfile(List<String> title, List<String> date, List<String> body, List<String> author,
        List<String> summary, List<String> remove) {
    /** The profile's keys, in the order of the file. */
    static final List<String> KEYS = List.of("title", "date", "body", "author", "summary", "remove");

    public ImportProfile {
        title = List.copyOf(title);
        date = List.copyOf(date);
        body = List.copyOf(body);
        author = List.copyOf(author);
        summary = List.copyOf(summary);
        remove = List.copyOf(remove);
    }

    /** This profile with the lists {@code site} gives replacing these, and its 'remove' added. */
    ImportProfile overriddenBy(ImportProfile site) {
        List<String> removed = new ArrayList<>(remove);
        site.remove().stream().filter(s -> !removed.contains(s)).forEach(removed::add);
        return new ImportProfile(site.title().isEmpty() ? title : site.title(), site.date().isEmpty() ? date : site.date(),
                site.body().isEmpty() ? body : site.body(), site.author().isEmpty() ? author : site.author(),
                site.summary().isEmpty() ? summary : site.summary(), removed);
    }
}

package org.bangtin.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bangtin.content.Notice;
import org.bangtin.render.RenderedBody;
import org.bangtin.search.SearchDocument;
import org.bangtin.search.SearchPublisher;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.SitePlan;
import org.bangtin.text.Slugs;

/** Makes the search documents of the published notices, and publishes their index under {@code search/}. */
final class SearchStage {
    /** The output folder of everything search. */
    static final String FOLDER = "search/";

    private SearchStage() {
    }

    /** The files to publish, by their output path. */
    static Map<String, byte[]> files(SitePlan plan, Map<Notice, RenderedBody> bodies, String basePath) throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        for (NoticeEntry entry : plan.notices()) {
            documents.add(document(entry, bodies.get(entry.notice()), basePath));
        }
        Map<String, byte[]> files = new java.util.TreeMap<>();
        SearchPublisher.publish(documents).forEach((path, bytes) -> files.put(FOLDER + path, bytes));
        return files;
    }

    private static SearchDocument document(NoticeEntry entry, RenderedBody body, String basePath) {
        Notice n = entry.notice();
        String type = n.document().type();
        return new SearchDocument(basePath + entry.path(), n.title(),
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(n.date()), n.date().getYear(),
                n.category(), n.category() == null ? null : Slugs.slugify(n.category()), type,
                type == null ? null : Slugs.slugify(type), n.document().number(), n.document().issuer(), n.tags(),
                n.summary(), body.text());
    }
}

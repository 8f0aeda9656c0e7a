package org.bangtin.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;

import org.bangtin.attach.PdfCatalog;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Attachment;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.render.RenderedBody;
import org.bangtin.search.NearDuplicate;
import org.bangtin.search.RelatedList;
import org.bangtin.search.SearchDocument;
import org.bangtin.search.RelatedLists;
import org.bangtin.search.SearchIndex;
import org.bangtin.search.Tasks;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.Related;
import org.bangtin.site.RelatedPins;
import org.bangtin.site.SitePlan;
import org.bangtin.text.Slugs;

/** Makes the search documents of the published notices, and publishes their index under {@code search/}. */
final class SearchStage {
    /** The output folder of everything search. */
    static final String FOLDER = "search/";

    private SearchStage() {
    }

    /**
     * Indexes the published notices once; gives {@code publish} each search file, by its output
     * path, as soon as it is made, and returns the related notices of each notice, with the
     * editors' pinned ones first. Reports bad pins and near-duplicates.
     */
    static Map<Notice, Related> run(SitePlan plan, Map<Notice, RenderedBody> bodies, PdfCatalog pdfs, SiteConfig config,
            Diagnostics problems, PhaseTimer timer, Indexer indexer, BiConsumer<String, byte[]> publish) throws IOException {
        List<NoticeEntry> notices = plan.notices();
        Map<Notice, Integer> numbers = new java.util.IdentityHashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        for (NoticeEntry entry : notices) {
            numbers.put(entry.notice(), numbers.size());
            documents.add(document(entry, bodies.get(entry.notice()), pdfs, config.basePath(), plan.validity().isExpired(entry)));
        }
        Map<Integer, List<Integer>> pinned = new java.util.HashMap<>();
        RelatedPins.resolve(plan, config, problems).forEach((notice, pins) -> pinned.put(numbers.get(notice),
                pins.stream().map(p -> numbers.get(p.notice())).toList()));
        RelatedLists lists;
        try (SearchIndex index = indexer.index(documents)) {
            timer.lap("index");
            // The related lists beside the export: each has stretches on one core (reading the
            // word pairs; reading and writing the terms), and the other fills them.
            FutureTask<RelatedLists> relatedLists = new FutureTask<>(
                    () -> index.related(config.relatedCount(), pinned, indexer::cancelled));
            new Thread(relatedLists, "related-lists").start();
            try {
                index.publish((path, bytes) -> publish.accept(FOLDER + path, bytes), indexer::cancelled);
            } catch (IOException | RuntimeException | Error e) {
                awaitQuietly(relatedLists); // the index stays open until the lists are done with it
                throw e;
            }
            timer.lap("export");
            lists = Tasks.await(relatedLists);
            timer.lap("related");
        }
        Map<Notice, Related> related = new java.util.IdentityHashMap<>();
        for (int i = 0; i < notices.size(); i++) {
            RelatedList list = lists.lists().get(i);
            related.put(notices.get(i).notice(), new Related(list.documents().stream().map(notices::get).toList(),
                    list.fallback()));
        }
        for (NearDuplicate pair : lists.nearDuplicates()) {
            Notice newer = notices.get(pair.first()).notice();
            Notice older = notices.get(pair.second()).notice();
            problems.warning(newer.sourceName(), 1, newer.sourceName() + " and " + older.sourceName()
                    + " are near-duplicates (" + pair.percent() + "% of their word pairs are the same);"
                    + " neither is listed among the other's related notices",
                    "if one reposts the other, remove the older one or mark it 'draft: true'");
        }
        return related;
    }

    private static void awaitQuietly(FutureTask<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the first failure is the one reported
        }
    }

    /** Makes the Lucene index of the documents: from scratch, or by updating the one kept from the last build. */
    interface Indexer {
        SearchIndex index(List<SearchDocument> documents) throws IOException;

        /**
         * Whether the build was asked to stop: the export and the related lists then throw
         * {@link java.util.concurrent.CancellationException}.
         */
        boolean cancelled();
    }

    /**
     * The preview's quick rebuild: no indexing; each notice keeps the related notices the last
     * index gave it (a new notice has none until the next full rebuild). Pinned related notices
     * are still checked, so that a bad pin is reported at once.
     */
    static Map<Notice, Related> reuse(SitePlan plan, Map<java.nio.file.Path, BuildMemory.RelatedSources> previous, SiteConfig config,
            Diagnostics problems) {
        RelatedPins.resolve(plan, config, problems);
        Map<java.nio.file.Path, NoticeEntry> bySource = new java.util.HashMap<>();
        plan.notices().forEach(e -> bySource.put(e.notice().source(), e));
        Map<Notice, Related> related = new java.util.IdentityHashMap<>();
        for (NoticeEntry entry : plan.notices()) {
            BuildMemory.RelatedSources list = previous.get(entry.notice().source());
            if (list != null) {
                related.put(entry.notice(), new Related(list.sources().stream().map(bySource::get)
                        .filter(java.util.Objects::nonNull).toList(), list.fallback()));
            }
        }
        return related;
    }

    private static SearchDocument document(NoticeEntry entry, RenderedBody body, PdfCatalog pdfs, String basePath,
            boolean expired) {
        Notice n = entry.notice();
        String type = n.document().type();
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Attachment> files = new ArrayList<>(n.attachments());
        files.addAll(body.linkedFiles());
        for (Attachment file : files) {
            pdfs.of(file).filter(f -> !f.text().isEmpty() && !texts.contains(f.text())).ifPresent(f -> {
                names.add(file.title());
                texts.add(f.text());
            });
        }
        return new SearchDocument(basePath + entry.path(), n.title(),
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(n.date()), n.date().getYear(),
                n.category(), n.category() == null ? null : Slugs.slugify(n.category()), type,
                type == null ? null : Slugs.slugify(type), n.document().number(), n.document().issuer(), n.tags(),
                n.summary(), body.storedText(), String.join("; ", names), String.join("\n", texts), expired);
    }
}

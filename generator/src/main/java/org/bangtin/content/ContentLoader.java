package org.bangtin.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import org.bangtin.config.SiteConfig;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.TextStore;

/**
 * The content stage's entry point: reads every notice of a content folder. Problems of all files
 * are collected together; a notice with front matter errors is kept, {@link Notice#withErrors()},
 * so that the build reports the problems of the rest of it too.
 */
public final class ContentLoader {
    private final Path root;
    private final SiteConfig config;
    private final boolean includeDrafts;
    private final NoticeCache cache;
    private final TextStore texts;

    /**
     * @param root          the content folder
     * @param includeDrafts whether notices marked {@code draft: true} are kept
     */
    public ContentLoader(Path root, SiteConfig config, boolean includeDrafts) {
        this(root, config, includeDrafts, NoticeCache.none(), TextStore.inMemory());
    }

    /**
     * @param cache notices read by an earlier build, reused where their files did not change
     * @param texts where the notices' Markdown is kept
     */
    public ContentLoader(Path root, SiteConfig config, boolean includeDrafts, NoticeCache cache, TextStore texts) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.includeDrafts = includeDrafts;
        this.cache = cache;
        this.texts = texts;
    }

    /**
     * Whether {@code root} holds any notice file, read or not: tells a content folder from a
     * folder given by mistake.
     */
    public static boolean hasNoticeFiles(Path root) throws IOException {
        return ContentWalker.hasNoticeFile(root.toAbsolutePath().normalize());
    }

    /**
     * The notices of a build, in source-file order: those the site is planned with, those whose
     * title or date has an error, of which only the body can be checked, and the source files of
     * the drafts left out.
     */
    public record Notices(List<Notice> planned, List<Notice> bodiesOnly, List<Path> drafts) {
        public Notices {
            planned = List.copyOf(planned);
            bodiesOnly = List.copyOf(bodiesOnly);
            drafts = List.copyOf(drafts);
        }
    }

    /** The notices the site is planned with, in source-file order. */
    public List<Notice> load(Diagnostics problems) throws IOException {
        return loadAll(problems).planned();
    }

    /** Every notice read, in source-file order. */
    public Notices loadAll(Diagnostics problems) throws IOException {
        NoticeReader reader = new NoticeReader(root, config.timeZone(), problems, texts);
        // Each stamp is taken before its file is read, so that an edit during the read is not missed.
        SortedMap<Path, FileStamp> files = ContentWalker.stampedNoticeFiles(root, problems);
        cache.useZone(config.timeZone());
        cache.retainOnly(files.keySet());
        // From a list, which splits into even halves: a sorted map's halves are uneven, and at
        // 100,000 notices one core waited 1.4 s for the other at the end.
        List<NoticeReader.Result> read = new ArrayList<>(files.entrySet()).parallelStream()
                .map(file -> cache.reuse(file.getKey(), file.getValue()).orElseGet(() -> {
                    NoticeReader.Result result = reader.readAlone(file.getKey());
                    cache.remember(file.getKey(), file.getValue(), result);
                    return result;
                })).toList();
        List<Notice> planned = new ArrayList<>();
        List<Notice> bodiesOnly = new ArrayList<>();
        List<Path> drafts = new ArrayList<>();
        for (NoticeReader.Result result : read) {
            problems.addAll(result.problems());
            result.planned().filter(n -> includeDrafts || !n.draft()).ifPresent(planned::add);
            result.planned().filter(n -> !includeDrafts && n.draft()).ifPresent(n -> drafts.add(n.source()));
            result.bodyOnly().filter(n -> includeDrafts || !n.draft()).ifPresent(bodiesOnly::add);
        }
        return new Notices(planned, bodiesOnly, drafts);
    }

    /**
     * Reads one notice file alone, as the preview does for a page ahead of its rebuild: empty when
     * the file has an error, or is a draft left out. Its problems go to {@code problems}.
     */
    public Optional<Notice> loadOne(Path file, Diagnostics problems) {
        NoticeReader.Result result = new NoticeReader(root, config.timeZone(), problems, texts).readAlone(file);
        problems.addAll(result.problems());
        return result.published().filter(n -> includeDrafts || !n.draft());
    }
}

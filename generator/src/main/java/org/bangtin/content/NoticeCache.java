package org.bangtin.content;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;

/**
 * The notices an earlier build read, for the preview server's rebuilds: a file is read again only
 * when it, or an attachment it lists, changed size or time. A file with errors is always read
 * again, since what it lacks (a missing attachment) may have appeared. Thread-safe.
 */
public final class NoticeCache {
    /** A file's notice, with the file's stamp and its attachments' when it was read. */
    private record Entry(Notice notice, List<Diagnostic> problems, FileStamp stamp, Map<Path, FileStamp> attachments) {
    }

    /** The document checks' findings on a notice read. */
    private record Checked(Notice notice, List<Diagnostic> problems) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    /** The document checks' findings on each notice read, while it is the same notice object. */
    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();
    private final boolean remembers;
    private ZoneId zone;

    private NoticeCache(boolean remembers) {
        this.remembers = remembers;
    }

    /** A cache for rebuilds of one site. */
    public static NoticeCache create() {
        return new NoticeCache(true);
    }

    /** A cache that keeps nothing: every build reads every file. */
    public static NoticeCache none() {
        return new NoticeCache(false);
    }

    /** Forgets everything when the site's time zone changed: dates are read in it. */
    synchronized void useZone(ZoneId now) {
        if (!now.equals(zone)) {
            entries.clear();
            zone = now;
        }
    }

    /**
     * The earlier result for {@code file}, if neither it nor its attachments changed since.
     *
     * @param stamp the file's stamp now
     */
    Optional<NoticeReader.Result> reuse(Path file, FileStamp stamp) {
        Entry entry = entries.get(file);
        if (entry == null || !stamp.equals(entry.stamp()) || !FileStamp.unchanged(entry.attachments())) {
            return Optional.empty();
        }
        return Optional.of(new NoticeReader.Result(Optional.of(entry.notice()), entry.problems()));
    }

    /** @param stamp the file's stamp taken before it was read, so that an edit during the read is not missed */
    void remember(Path file, FileStamp stamp, NoticeReader.Result result) {
        if (!remembers || result.notice().isEmpty() || result.problems().stream().anyMatch(Diagnostic::isError)) {
            entries.remove(file);
            return;
        }
        Notice notice = result.notice().get();
        Map<Path, FileStamp> attachments = FileStamp.of(notice.attachments().stream().map(Attachment::source).toList());
        entries.put(file, new Entry(notice, result.problems(), stamp, attachments));
    }

    /** Drops the files that are no longer in the content folder. */
    void retainOnly(java.util.Collection<Path> files) {
        java.util.Set<Path> kept = new java.util.HashSet<>(files);
        entries.keySet().retainAll(kept);
        checked.keySet().retainAll(kept);
    }

    /** What {@link DocumentChecks} finds in {@code notice}: checked again only when it was read again. */
    public List<Diagnostic> documentProblems(Notice notice) {
        Checked known = checked.get(notice.source());
        if (known != null && known.notice() == notice) {
            return known.problems();
        }
        Diagnostics found = new Diagnostics();
        new DocumentChecks().check(notice, found);
        List<Diagnostic> problems = found.sorted();
        if (remembers) {
            checked.put(notice.source(), new Checked(notice, problems));
        }
        return problems;
    }
}

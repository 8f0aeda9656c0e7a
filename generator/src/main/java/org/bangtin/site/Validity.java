package org.bangtin.site;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangtin.diag.Diagnostics;

/**
 * Which published notices are no longer in force ("Hết hiệu lực") at the build's clock, and which
 * replace which. A {@code replacedBy}/{@code replaces} pair is linked both ways even when only one
 * of the two notices names the other. Immutable.
 */
public final class Validity {
    /** No notice expired or replaced. */
    public static final Validity NONE = new Validity(Set.of(), Map.of(), Map.of());

    private final Set<String> expired;
    private final Map<String, NoticeEntry> replacedBy;
    private final Map<String, List<NoticeEntry>> replaces;

    private Validity(Set<String> expired, Map<String, NoticeEntry> replacedBy, Map<String, List<NoticeEntry>> replaces) {
        this.expired = Set.copyOf(expired);
        this.replacedBy = Map.copyOf(replacedBy);
        Map<String, List<NoticeEntry>> copy = new HashMap<>();
        replaces.forEach((path, list) -> copy.put(path, List.copyOf(list)));
        this.replaces = Collections.unmodifiableMap(copy);
    }

    /**
     * @param entries the published notices, newest first
     * @param now     the build's clock; null when there is none (nothing has expired)
     */
    static Validity of(List<NoticeEntry> entries, ZonedDateTime now, Diagnostics problems) {
        Set<String> expired = new HashSet<>();
        Map<Path, NoticeEntry> bySource = new HashMap<>();
        for (NoticeEntry entry : entries) {
            bySource.put(entry.notice().source().toAbsolutePath().normalize(), entry);
            if (now != null && entry.notice().expires() != null && !entry.notice().expires().isAfter(now)) {
                expired.add(entry.path());
            }
        }
        Map<String, NoticeEntry> replacedBy = new HashMap<>();
        Map<String, List<NoticeEntry>> replaces = new HashMap<>();
        // Oldest first, so that conflicting claims are reported on the newer notice.
        List<NoticeEntry> oldestFirst = new ArrayList<>(entries);
        Collections.reverse(oldestFirst);
        for (NoticeEntry entry : oldestFirst) {
            NoticeEntry newer = entry.notice().replacedBy() == null ? null : bySource.get(entry.notice().replacedBy());
            if (newer != null) {
                link(entry, newer, replacedBy, replaces, problems);
            }
            NoticeEntry older = entry.notice().replaces() == null ? null : bySource.get(entry.notice().replaces());
            if (older != null) {
                link(older, entry, replacedBy, replaces, problems);
            }
        }
        for (NoticeEntry entry : oldestFirst) {
            NoticeEntry other = replacedBy.get(entry.path());
            if (other != null && replacedBy.get(other.path()) == entry && entry.notice().date().isBefore(other.notice().date())) {
                problems.warning(other.notice().sourceName(), other.notice().lineOf("replacedBy"), "this notice and "
                        + entry.notice().sourceName() + " each say they replace the other",
                        "the newer notice replaces the older: give the older 'replacedBy' or the newer 'replaces', not both ways round");
            }
        }
        return new Validity(expired, replacedBy, replaces);
    }

    private static void link(NoticeEntry older, NoticeEntry newer, Map<String, NoticeEntry> replacedBy,
            Map<String, List<NoticeEntry>> replaces, Diagnostics problems) {
        NoticeEntry earlier = replacedBy.putIfAbsent(older.path(), newer);
        if (earlier != null && !earlier.path().equals(newer.path())) {
            problems.warning(newer.notice().sourceName(), newer.notice().lineOf("replaces"), older.notice().sourceName()
                    + " is already replaced by " + earlier.notice().sourceName() + "; this notice is listed as replacing it too",
                    "a notice is replaced by one other notice: check 'replacedBy' and 'replaces' of the three notices");
        }
        List<NoticeEntry> list = replaces.computeIfAbsent(newer.path(), p -> new ArrayList<>());
        if (list.stream().noneMatch(e -> e.path().equals(older.path()))) {
            list.add(older);
        }
    }

    public boolean isExpired(NoticeEntry entry) {
        return expired.contains(entry.path());
    }

    /** The notice that replaces {@code entry}, or null. */
    public NoticeEntry replacedBy(NoticeEntry entry) {
        return replacedBy.get(entry.path());
    }

    /** The notices {@code entry} replaces, in the order they were found. */
    public List<NoticeEntry> replaces(NoticeEntry entry) {
        return replaces.getOrDefault(entry.path(), List.of());
    }
}

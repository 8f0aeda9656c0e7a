package org.bangtin.render;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.render.view.CalendarView;
import org.bangtin.render.view.NeighbourView;
import org.bangtin.render.view.SummaryView;

/**
 * Views that many pages share, made once and, in the preview, kept from one build to the next. A
 * notice's line in lists is made once, not on each of the five to ten list pages that show it;
 * and a view made from the same inputs as in the last build is that build's very object, so
 * comparing a page's model with the last one stops at it instead of walking it. Thread-safe.
 */
public final class ViewMemory {
    /** A notice's view, and what it was made from besides the notice (compared by identity). */
    private record Made<V>(String path, RenderedBody body, V view) {
    }

    /** A notice as a key: by identity, as an edited notice is a new object. */
    private record Id(Notice notice) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && id.notice == notice;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(notice);
        }
    }

    private final Kept<Id, Made<SummaryView>> summaries = new Kept<>();
    private final Kept<Id, Made<NeighbourView>> neighbours = new Kept<>();
    private final Kept<Id, Made<String>> structuredData = new Kept<>();
    private final Kept<YearMonth, CalendarView> calendars = new Kept<>();
    private SiteConfig config;
    private Map<String, String> messages;

    /** The memory of a preview: kept between builds. */
    public static ViewMemory create() {
        return new ViewMemory();
    }

    /**
     * Starts a build with these settings and UI strings, which every view may depend on: views of
     * a build with others are forgotten. Views the build does not ask for are forgotten at the
     * start of the next, so the memory holds no more than two builds' views.
     */
    synchronized void startBuild(SiteConfig config, Map<String, String> messages) {
        boolean same = config.equals(this.config) && messages.equals(this.messages);
        this.config = config;
        this.messages = messages;
        for (Kept<?, ?> kept : java.util.List.of(summaries, neighbours, structuredData, calendars)) {
            kept.rotate(same);
        }
    }

    SummaryView summary(Notice notice, String path, RenderedBody body, Supplier<SummaryView> make) {
        return made(summaries, notice, path, body, make);
    }

    NeighbourView neighbour(Notice notice, String path, Supplier<NeighbourView> make) {
        return made(neighbours, notice, path, null, make);
    }

    String structuredData(Notice notice, String path, RenderedBody body, Supplier<String> make) {
        return made(structuredData, notice, path, body, make);
    }

    /**
     * The calendar of a month: {@code made} itself, or the equal calendar of the last build. A
     * month's calendar depends on the days of all notices, so it is made anew and compared.
     */
    CalendarView calendar(YearMonth month, CalendarView made) {
        CalendarView kept = calendars.get(month);
        if (made.equals(kept)) {
            return kept;
        }
        calendars.put(month, made);
        return made;
    }

    private static <V> V made(Kept<Id, Made<V>> kept, Notice notice, String path, RenderedBody body, Supplier<V> make) {
        Id id = new Id(notice);
        Made<V> made = kept.get(id);
        if (made == null || !made.path().equals(path) || made.body() != body) {
            made = new Made<>(path, body, make.get());
            kept.put(id, made);
        }
        return made.view();
    }

    /**
     * Values by key, each with the last build that asked for it; a new build forgets those the
     * last one did not ask for.
     */
    private static final class Kept<K, V> {
        private static final class Used<V> {
            final V value;
            /** Written only when it changes: a write on every read would bounce the object between cores. */
            int build;

            Used(V value, int build) {
                this.value = value;
                this.build = build;
            }
        }

        private final Map<K, Used<V>> values = new ConcurrentHashMap<>();
        private volatile int build;

        V get(K key) {
            Used<V> used = values.get(key);
            if (used == null) {
                return null;
            }
            int now = build;
            if (used.build != now) {
                used.build = now; // builds run one at a time, each joining its threads before the next
            }
            return used.value;
        }

        void put(K key, V value) {
            values.put(Objects.requireNonNull(key), new Used<>(value, build));
        }

        /** A new build: what the last one used is kept for it when {@code keep}, else dropped. */
        void rotate(boolean keep) {
            int last = build++;
            if (keep) {
                values.values().removeIf(used -> used.build < last);
            } else {
                values.clear();
            }
        }
    }
}

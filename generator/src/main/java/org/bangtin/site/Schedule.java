package org.bangtin.site;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bangtin.config.ExpiredNotices;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;

/**
 * Decides, at the build's clock, which notices are published: one whose {@code publish} time is
 * still to come is left out and reported as scheduled; with {@code expired: hide}, one whose
 * {@code expires} time has passed is left out and reported too. One dated later than the clock is
 * published, with a warning.
 */
final class Schedule {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Schedule() {
    }

    /**
     * @param now     the build's clock, or null for none: then every notice is published
     * @param leftOut where to put why each notice left out is, by its source file
     */
    static List<Notice> published(List<Notice> notices, ZonedDateTime now, ExpiredNotices policy, Diagnostics problems,
            Map<Path, String> leftOut) {
        if (now == null) {
            return notices;
        }
        List<Notice> published = new ArrayList<>(notices.size());
        for (Notice notice : notices) {
            if (notice.publish() != null && notice.publish().isAfter(now)) {
                leftOut.put(notice.source(), "scheduled for " + SHOWN.format(notice.publish()) + " ('publish')");
                problems.note(notice.sourceName(), notice.lineOf("publish"), "scheduled for "
                        + SHOWN.format(notice.publish()) + ": not published in this build",
                        "it appears in the first build at or after that time; 'bangtin build --now "
                        + notice.publish().toLocalDate() + "' previews it");
            } else if (policy == ExpiredNotices.HIDE && notice.expires() != null && !notice.expires().isAfter(now)) {
                leftOut.put(notice.source(), "expired on " + SHOWN.format(notice.expires()) + ", and hidden ('expired: hide')");
                problems.note(notice.sourceName(), notice.lineOf("expires"), "expired on "
                        + SHOWN.format(notice.expires()) + ": hidden, as site.yml says 'expired: hide'",
                        "'expired: mark' keeps such notices online, marked \"Hết hiệu lực\"");
            } else {
                published.add(notice);
                warnIfDatedLater(notice, now, problems);
            }
        }
        return published;
    }

    /**
     * A posting date still to come is most often a typo in the year (2031 for 2021): the notice is
     * published at once, and listed first until then. A day's margin for time zones.
     */
    private static void warnIfDatedLater(Notice notice, ZonedDateTime now, Diagnostics problems) {
        if (notice.date().isAfter(now.plusDays(1))) {
            problems.warning(notice.sourceName(), notice.lineOf("date"), "dated " + SHOWN.format(notice.date())
                    + ", which is still to come: published now, and listed first until then",
                    "if the date is a typo, correct it; to publish the notice only from that day, add 'publish: "
                            + notice.date().toLocalDate() + "'");
        }
    }
}

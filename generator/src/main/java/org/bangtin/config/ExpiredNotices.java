package org.bangtin.config;

import java.util.Locale;

/** What a build does with a notice whose {@code expires} time has passed ({@code expired:} in site.yml). */
public enum ExpiredNotices {
    /** Marked "Hết hiệu lực" on its page, and listed everywhere as before. */
    KEEP,
    /** Marked "Hết hiệu lực" on its page, and left off the home page and the feeds (the default). */
    MARK,
    /** Not published at all; the build reports it. */
    HIDE;

    /** The word written in site.yml: "keep", "mark" or "hide". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

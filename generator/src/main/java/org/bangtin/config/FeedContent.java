package org.bangtin.config;

import java.util.Locale;

/** What the entries of the Atom and RSS feeds carry ({@code feedContent:} in site.yml). */
public enum FeedContent {
    /** The summary or excerpt only (the default). */
    SUMMARY,
    /** The whole body, as HTML. */
    FULL;

    /** The word written in site.yml: "summary" or "full". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.bangtin.site;

import java.util.List;

/**
 * A feed to write: the newest notices of the site or of one category.
 *
 * @param path     the feed's site path ("/atom.xml", "/chuyen-muc/y-te/atom.xml")
 * @param category the category, or null for the whole site
 * @param entries  newest first, at most {@link SitePlanner#FEED_SIZE}
 */
public record Feed(Format format, String path, Taxon category, List<NoticeEntry> entries) {

    /** The feed's format. */
    public enum Format {
        ATOM, RSS
    }

    public Feed {
        entries = List.copyOf(entries);
    }

    /** The site path of the page the feed follows: the home page or the category's list. */
    public String pagePath() {
        return category == null ? "/" : category.path();
    }
}

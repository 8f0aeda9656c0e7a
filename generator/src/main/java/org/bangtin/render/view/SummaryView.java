package org.bangtin.render.view;

/**
 * A notice in a list.
 *
 * @param expired whether the notice is no longer in force ("Hết hiệu lực"), at the build's clock
 */
public record SummaryView(String title, String url, DateView date, String excerpt, String number, String type,
        Link category, boolean expired) {

    /** This summary, expired or not. */
    public SummaryView withExpired(boolean isExpired) {
        return isExpired == expired ? this
                : new SummaryView(title, url, date, excerpt, number, type, category, isExpired);
    }
}

package org.bangtin.render.view;

/** A notice in a list. */
public record SummaryView(String title, String url, DateView date, String excerpt, String number, String type,
        Link category) {
}

package org.bangtin.search;

import java.util.List;

import org.bangtin.text.StoredText;

/**
 * What the search index knows of one notice. The build makes these from the notices and their
 * rendered text; documents are indexed in the order given, which should be newest first, so that
 * "sort by date" is document order.
 *
 * @param url      the page's URL, base path included
 * @param date     the posting date as readers see it ("29/03/2019")
 * @param year     for the year filter
 * @param storedText the body as plain text, kept by the build's {@link org.bangtin.text.TextStore}
 * @param facets   filter values: category, type (both as slugs)
 * @param attachment     the name of the attached PDF whose text is indexed (several joined by "; "), or ""
 * @param attachmentText the text of the attached PDFs, or "" (none, or scans without a text layer)
 * @param expired  whether the notice is out of force ("Hết hiệu lực") at the build's clock
 */
public record SearchDocument(String url, String title, String date, int year, String category, String categorySlug,
        String type, String typeSlug, String number, String issuer, List<String> tags, String summary,
        StoredText storedText, String attachment, String attachmentText, boolean expired) {

    /** A notice in force. */
    public SearchDocument(String url, String title, String date, int year, String category, String categorySlug,
            String type, String typeSlug, String number, String issuer, List<String> tags, String summary,
            StoredText storedText, String attachment, String attachmentText) {
        this(url, title, date, year, category, categorySlug, type, typeSlug, number, issuer, tags, summary, storedText,
                attachment, attachmentText, false);
    }

    public SearchDocument {
        tags = List.copyOf(tags);
        attachment = attachment == null ? "" : attachment;
        attachmentText = attachmentText == null ? "" : attachmentText;
    }

    /** The body as plain text. */
    public String text() {
        return storedText.read();
    }
}

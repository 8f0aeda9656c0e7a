package org.bangtin.render;

import java.util.List;

import org.bangtin.content.Attachment;

/**
 * A notice's body, ready for pages, lists, feeds and search.
 *
 * @param html        cleaned HTML, safe to insert into a page
 * @param text        the plain text
 * @param excerpt     the summary, or the start of the first paragraph
 * @param linkedFiles files the body links to, to publish beside the notice's page
 * @param internalLinks links inside the site given as written, checked once all pages are known
 */
public record RenderedBody(String html, String text, String excerpt, List<Attachment> linkedFiles,
        List<InternalLink> internalLinks) {
    public RenderedBody {
        linkedFiles = List.copyOf(linkedFiles);
        internalLinks = List.copyOf(internalLinks);
    }

    /** A body without internal links to check. */
    public RenderedBody(String html, String text, String excerpt, List<Attachment> linkedFiles) {
        this(html, text, excerpt, linkedFiles, List.of());
    }
}

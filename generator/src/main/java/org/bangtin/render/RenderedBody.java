package org.bangtin.render;

import java.util.List;

import org.bangtin.attach.WebImage;
import org.bangtin.content.Attachment;
import org.bangtin.text.StoredText;

/**
 * A notice's body, ready for pages, lists, feeds and search. Its HTML and plain text are kept by
 * the build's {@link org.bangtin.text.TextStore}: read them where they are used.
 *
 * @param storedHtml  cleaned HTML, safe to insert into a page
 * @param storedText  the plain text
 * @param excerpt     the summary, or the start of the first paragraph
 * @param linkedFiles files the body links to, to publish beside the notice's page
 * @param internalLinks links inside the site given as written, checked once all pages are known
 * @param webImages   the copies of its photos sized for the web that the body shows, to publish
 *                    beside the page with the originals
 */
public record RenderedBody(StoredText storedHtml, StoredText storedText, String excerpt, List<Attachment> linkedFiles,
        List<InternalLink> internalLinks, List<WebImage> webImages) {
    public RenderedBody {
        linkedFiles = List.copyOf(linkedFiles);
        internalLinks = List.copyOf(internalLinks);
        webImages = List.copyOf(webImages);
    }

    /** A body kept in memory, without internal links to check nor photos to size. */
    public RenderedBody(String html, String text, String excerpt, List<Attachment> linkedFiles) {
        this(StoredText.of(html), StoredText.of(text), excerpt, linkedFiles, List.of(), List.of());
    }

    /** The cleaned HTML. */
    public String html() {
        return storedHtml.read();
    }

    /** The plain text. */
    public String text() {
        return storedText.read();
    }
}

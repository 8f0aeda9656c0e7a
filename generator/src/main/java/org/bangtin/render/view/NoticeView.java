package org.bangtin.render.view;

import java.util.List;
import java.util.Map;

import org.bangtin.text.StoredText;

/**
 * {@code notice} in {@code notice.peb}; see themes/TEMPLATES.md. {@code views} is null when the build
 * read no access log. {@code leadAttachment} is the first attachment with a preview when the body
 * is empty (a title and the signed PDF, as most official documents are published), shown in the
 * body's place; null otherwise. {@code imageUrl} is the absolute URL of the picture that stands for
 * the notice where it is shared (og:image): its first photo's web copy, else its first PDF's
 * preview; null without either.
 *
 * <p>The body is kept as the build stored it and read when a page shows it: the preview keeps
 * every notice's view between builds, and a copy of each body's HTML as a string (two bytes a
 * character) was over a quarter of its byte arrays.
 */
public record NoticeView(String title, String url, String summary, String excerpt, StoredText body, DateView date,
        DateView updated, DateView issued, DateView updatedOrDate, String author, String number, String type,
        String issuer, boolean hasDocumentInfo, Link category, List<Link> tags, List<AttachmentView> attachments,
        Map<String, Object> custom, Long views, AttachmentView leadAttachment, String imageUrl) {
    /** The body's HTML, as {@code notice.bodyHtml} in a template. */
    public String bodyHtml() {
        return body.read();
    }
}

package org.bangtin.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bangtin.content.Attachment;
import org.bangtin.content.AttachmentResolver;
import org.bangtin.content.FileNames;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import java.util.regex.Matcher;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Resolves the relative links and images of one notice's body. A link to another notice's
 * Markdown file becomes that notice's URL; a link to any other file becomes an attachment,
 * checked to exist inside the content folder and published beside the page. Absolute URLs and
 * in-page anchors are left as they are (the sanitizer deals with dangerous schemes).
 */
final class LinkRewriter extends AbstractVisitor {
    private static final Pattern RAW_LINK = Pattern.compile("\\s(href|src)\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    private final Notice notice;
    private final String pageUrl;
    private final Map<Path, String> noticeUrls;
    private final AttachmentResolver attachments;
    private final Diagnostics problems;
    private final List<Attachment> linkedFiles = new ArrayList<>();
    private final List<InternalLink> internalLinks = new ArrayList<>();

    /**
     * @param pageUrl    the URL of the notice's page, base path included, ending with '/'
     * @param noticeUrls page URL of every published notice, by its source file
     */
    LinkRewriter(Notice notice, String pageUrl, Map<Path, String> noticeUrls, Path contentRoot, Diagnostics problems) {
        this.notice = notice;
        this.pageUrl = pageUrl;
        this.noticeUrls = noticeUrls;
        this.attachments = new AttachmentResolver(contentRoot, problems);
        this.problems = problems;
    }

    List<Attachment> linkedFiles() {
        return linkedFiles;
    }

    /** Root-relative and "#..." links as written, for {@link LinkChecker}. */
    List<InternalLink> internalLinks() {
        return internalLinks;
    }

    @Override
    public void visit(HtmlBlock html) {
        rawLinks(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        rawLinks(html, html.getLiteral());
    }

    /** Internal links of raw HTML, which is published as written (after cleaning). */
    private void rawLinks(Node node, String html) {
        Matcher links = RAW_LINK.matcher(html);
        while (links.find()) {
            String destination = links.group(2).strip();
            if (destination.startsWith("/") && !destination.startsWith("//") || destination.startsWith("#")) {
                internalLinks.add(new InternalLink(notice.sourceName(), lineOf(node), pageUrl, destination));
            }
        }
    }

    @Override
    public void visit(Link link) {
        rewrite(link).ifPresent(link::setDestination);
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        rewrite(image).ifPresent(image::setDestination);
        visitChildren(image);
    }

    private Optional<String> rewrite(Node node) {
        String destination = node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
        if (destination == null || destination.isEmpty()) {
            return Optional.empty();
        }
        if (isLeftAsWritten(destination)) {
            if (destination.startsWith("#") || destination.startsWith("/") && !destination.startsWith("//")) {
                internalLinks.add(new InternalLink(notice.sourceName(), lineOf(node), pageUrl, destination));
            }
            return Optional.empty();
        }
        int cut = indexOfAny(destination, '#', '?');
        String pathPart = cut < 0 ? destination : destination.substring(0, cut);
        String suffix = cut < 0 ? "" : destination.substring(cut);
        String name = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        int line = lineOf(node);
        // A notice kept as a folder is linked by its folder too, as its page is on the web ("kh/").
        String noticeName = name.endsWith(".md") ? name : attachments.noticeFolder(notice.folder(), name).orElse(null);
        if (noticeName != null) {
            Optional<String> url = linkToNotice(noticeName, line).map(u -> u + suffix);
            if (url.isPresent() && suffix.contains("#")) {
                internalLinks.add(new InternalLink(notice.sourceName(), line, pageUrl, url.get()));
            }
            return url;
        }
        return attachments.resolve(notice.folder(), name, null, notice.sourceName(), line).map(attachment -> {
            linkedFiles.add(attachment);
            return pageUrl + UrlEncoding.encodePath(attachment.outputName()) + suffix;
        });
    }

    private Optional<String> linkToNotice(String name, int line) {
        Optional<Path> target = attachments.find(notice.folder(), name);
        String url = target.map(noticeUrls::get).orElse(null);
        if (url == null) {
            problems.error(notice.sourceName(), line, "link to '" + name + "', which is not a published notice",
                    target.isEmpty() ? "link only to notices inside the content folder"
                            : target.filter(Files::exists).isPresent() ? "check that the notice is not a draft or broken"
                                    : FileNames.nearest(target.get()).map(near -> "did you mean '"
                                            + FileNames.replaceLast(name, near) + "'?").orElse("check the file name"));
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private static boolean isLeftAsWritten(String destination) {
        return HAS_SCHEME.matcher(destination).matches() || destination.startsWith("/") || destination.startsWith("#")
                || destination.startsWith("?") || destination.startsWith("\\");
    }

    private int lineOf(Node node) {
        if (node.getSourceSpans().isEmpty()) {
            return notice.bodyLine();
        }
        return notice.bodyLine() + node.getSourceSpans().get(0).getLineIndex();
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}

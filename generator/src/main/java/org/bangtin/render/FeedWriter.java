package org.bangtin.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.bangtin.config.FeedContent;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.site.Feed;
import org.bangtin.site.NoticeEntry;

/**
 * Writes Atom 1.0 (RFC 4287) and RSS 2.0 feeds. Dates are RFC 3339 in Atom and RFC 822 in RSS;
 * links are absolute. The bytes depend only on the plan, never on the clock. Thread-safe.
 */
final class FeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Instant NO_ENTRIES = Instant.EPOCH;

    private final SiteConfig config;
    private final Map<Notice, RenderedBody> bodies;
    private final String origin;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    FeedWriter(SiteConfig config, Map<Notice, RenderedBody> bodies) {
        this.config = config;
        this.bodies = bodies;
        java.net.URI base = java.net.URI.create(config.baseUrl());
        this.origin = base.getScheme() + "://" + base.getRawAuthority();
    }

    byte[] write(Feed feed, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            if (feed.format() == Feed.Format.ATOM) {
                atom(xml, feed, title);
            } else {
                rss(xml, feed, title);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + feed.path(), e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private void atom(XMLStreamWriter xml, Feed feed, String title) throws XMLStreamException {
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", config.language());
        element(xml, "id", absolute(feed.path()));
        element(xml, "title", title);
        if (!config.description().isEmpty()) {
            element(xml, "subtitle", config.description());
        }
        element(xml, "updated", rfc3339(updated(feed)));
        link(xml, "self", absolute(feed.path()), "application/atom+xml");
        link(xml, "alternate", absolute(feed.pagePath()), "text/html");
        xml.writeStartElement("author");
        element(xml, "name", config.title());
        element(xml, "uri", config.baseUrl() + "/");
        xml.writeEndElement();
        element(xml, "generator", "bangtin");
        for (NoticeEntry entry : feed.entries()) {
            Notice notice = entry.notice();
            xml.writeStartElement("entry");
            element(xml, "id", absolute(entry.path()));
            element(xml, "title", notice.title());
            link(xml, "alternate", absolute(entry.path()), "text/html");
            element(xml, "published", rfc3339(notice.date().toInstant()));
            element(xml, "updated", rfc3339(notice.updatedOrDate().toInstant()));
            if (notice.author() != null) {
                xml.writeStartElement("author");
                element(xml, "name", notice.author());
                xml.writeEndElement();
            }
            if (notice.category() != null) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", notice.category());
            }
            element(xml, "summary", bodies.get(notice).excerpt());
            if (config.feedContent() == FeedContent.FULL) {
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(absoluteLinks(bodies.get(notice).html()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void rss(XMLStreamWriter xml, Feed feed, String title) throws XMLStreamException {
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", ATOM);
        xml.writeStartElement("channel");
        element(xml, "title", title);
        element(xml, "link", absolute(feed.pagePath()));
        element(xml, "description", config.description().isEmpty() ? title : config.description());
        element(xml, "language", config.language());
        element(xml, "lastBuildDate", rfc822(updated(feed)));
        element(xml, "generator", "bangtin");
        xml.writeEmptyElement("atom", "link", ATOM);
        xml.writeAttribute("href", absolute(feed.path()));
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
        for (NoticeEntry entry : feed.entries()) {
            Notice notice = entry.notice();
            xml.writeStartElement("item");
            element(xml, "title", notice.title());
            element(xml, "link", absolute(entry.path()));
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(absolute(entry.path()));
            xml.writeEndElement();
            element(xml, "pubDate", rfc822(notice.date().toInstant()));
            if (notice.category() != null) {
                element(xml, "category", notice.category());
            }
            element(xml, "description", config.feedContent() == FeedContent.FULL
                    ? absoluteLinks(bodies.get(notice).html()) : bodies.get(notice).excerpt());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The newest 'updated' (or 'date') of the entries; the epoch for an empty feed, so bytes stay stable. */
    private static Instant updated(Feed feed) {
        return feed.entries().stream().map(e -> e.notice().updatedOrDate().toInstant())
                .max(Instant::compareTo).orElse(NO_ENTRIES);
    }

    private String absolute(String sitePath) {
        return config.baseUrl() + sitePath;
    }

    /** Root-relative links of a body ("/2019/03/x/a.pdf") made absolute, as feed readers need. */
    private String absoluteLinks(String html) {
        return html.replace(" href=\"/", " href=\"" + origin + "/").replace(" src=\"/", " src=\"" + origin + "/");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

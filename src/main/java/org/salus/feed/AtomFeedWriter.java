package org.salus.feed;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.salus.article.ClinicalChange;
import org.salus.article.MedicalReview;
import org.springframework.context.MessageSource;

/**
 * Writes the Atom 1.0 (RFC 4287) document of {@code /feed.atom} with the JDK's StAX writer, so
 * every text is escaped by the XML writer, never by hand. Entry content is XHTML written the same
 * way.
 *
 * <p>Entry ids are tag URIs (RFC 4151) built from the site's host, the day the revision first went
 * live and the revision id: they survive a renamed article and a changed title, and a revision
 * published again keeps its id (its {@code updated} moves).
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final MessageSource messages;
    private final Locale locale = Locale.ENGLISH; // the UI's language until the Spanish bundles arrive
    private final DateTimeFormatter dates =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);

    AtomFeedWriter(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param selfPath the feed's own path and query, e.g. {@code /feed.atom?lang=es}
     * @param language the feed's language filter, or null for all languages
     */
    byte[] write(
            List<FeedEntry> entries,
            String baseUrl,
            String siteName,
            String selfPath,
            String language,
            Instant updated) {
        return XmlText.document("feed", ATOM, xml -> {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language == null ? "en" : language);
            XmlText.element(xml, "id", baseUrl + selfPath);
            XmlText.element(xml, "title", message("feed.title", siteName));
            XmlText.element(xml, "subtitle", message("feed.subtitle"));
            XmlText.element(xml, "updated", XmlText.dateTime(updated));
            link(xml, "self", "application/atom+xml", baseUrl + selfPath, null);
            link(xml, "alternate", "text/html", baseUrl + "/", null);
            xml.writeStartElement("author");
            XmlText.element(xml, "name", siteName);
            XmlText.element(xml, "uri", baseUrl + "/");
            xml.writeEndElement();
            XmlText.element(xml, "generator", "Salus");
            for (FeedEntry entry : entries) {
                entry(xml, entry, baseUrl, siteName);
            }
        });
    }

    private void entry(XMLStreamWriter xml, FeedEntry entry, String baseUrl, String siteName)
            throws XMLStreamException {
        String page = baseUrl + entry.path();
        xml.writeStartElement("entry");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", entry.language());
        XmlText.element(xml, "id", tagUri(baseUrl, entry));
        XmlText.element(xml, "title", entry.title());
        link(xml, "alternate", "text/html", page, entry.language());
        XmlText.element(xml, "published", XmlText.dateTime(entry.firstPublished()));
        XmlText.element(xml, "updated", XmlText.dateTime(entry.lastPublished()));
        if (entry.syndication() != null) { // the source wrote this text, not the site
            xml.writeStartElement("author");
            XmlText.element(xml, "name", entry.syndication().attribution());
            xml.writeEndElement();
        }
        if (entry.review() != null) { // the medical reviewer approved exactly this text
            xml.writeStartElement("contributor");
            XmlText.element(xml, "name", reviewer(entry.review()));
            xml.writeEndElement();
        }
        category(
                xml,
                entry.contentType().code(),
                baseUrl + "/topics",
                message("contentType." + entry.contentType().code()));
        category(
                xml,
                entry.changeKind().code(),
                baseUrl + "/feed.atom#change",
                message(entry.clinical() ? "feed.change.clinical" : "feed.change.editorial"));
        category(
                xml,
                entry.review() != null ? "reviewed" : "syndicated",
                baseUrl + "/feed.atom#review",
                message(entry.review() != null ? "feed.reviewed" : "feed.syndicated"));
        XmlText.element(xml, "summary", entry.summary());
        content(xml, entry, siteName);
        xml.writeEndElement();
    }

    private void content(XMLStreamWriter xml, FeedEntry entry, String siteName) throws XMLStreamException {
        xml.writeStartElement("content");
        xml.writeAttribute("type", "xhtml");
        xml.writeStartElement("div");
        xml.writeDefaultNamespace(XHTML);
        paragraph(xml, null, entry.summary());
        whatChanged(xml, entry.change());
        if (entry.review() != null) {
            MedicalReview review = entry.review();
            String line = message("topic.reviewedBy", reviewer(review), dates.format(review.reviewedOn()))
                    + (review.specialty() == null ? "" : " (" + review.specialty() + ")") + ". "
                    + message("topic.nextReviewDue", dates.format(review.nextReviewDue())) + ".";
            paragraph(xml, null, line);
        } else if (entry.syndication() != null) {
            paragraph(
                    xml,
                    null,
                    message(
                            "topic.syndicated",
                            entry.syndication().attribution(),
                            siteName,
                            dates.format(entry.syndication().importedOn())));
        }
        xml.writeEndElement(); // div
        xml.writeEndElement(); // content
    }

    /** The line the topic page's "What changed" list shows for this revision, in the feed's words. */
    private void whatChanged(XMLStreamWriter xml, ClinicalChange change) throws XMLStreamException {
        if (change == null) { // an editorial change: its note is internal, the page lists none either
            paragraph(xml, null, message("feed.editorialOnly"));
            return;
        }
        switch (change.kind()) {
            case FIRST_PUBLISHED ->
                paragraph(xml, null, message("topic.firstPublished", dates.format(change.date())) + ".");
            case SOURCE_UPDATE -> paragraph(xml, message("feed.whatChanged"), message("topic.sourceUpdate"));
            case CHANGE -> paragraph(xml, message("feed.whatChanged"), change.note());
        }
    }

    private static void paragraph(XMLStreamWriter xml, String label, String text) throws XMLStreamException {
        xml.writeStartElement("p");
        if (label != null) {
            xml.writeStartElement("strong");
            xml.writeCharacters(XmlText.safe(label));
            xml.writeEndElement();
            xml.writeCharacters(" ");
        }
        xml.writeCharacters(XmlText.safe(text));
        xml.writeEndElement();
    }

    private static String reviewer(MedicalReview review) {
        return review.reviewerName() + ", " + review.credentials();
    }

    /** {@code tag:health.example.org,2026-11-29:revision/42} */
    static String tagUri(String baseUrl, FeedEntry entry) {
        String host = URI.create(baseUrl + "/").getHost();
        return "tag:" + (host == null ? "localhost" : host.toLowerCase(Locale.ROOT)) + ","
                + entry.firstPublished().atZone(ZoneOffset.UTC).toLocalDate() + ":revision/" + entry.revisionId();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href, String hreflang)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", XmlText.safe(href));
        if (hreflang != null) {
            xml.writeAttribute("hreflang", hreflang);
        }
    }

    private static void category(XMLStreamWriter xml, String term, String scheme, String label)
            throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("scheme", XmlText.safe(scheme));
        xml.writeAttribute("label", XmlText.safe(label));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

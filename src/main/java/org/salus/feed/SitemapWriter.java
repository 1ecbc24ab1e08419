package org.salus.feed;

import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemap files and the sitemap index (sitemaps.org protocol 0.9) with the JDK's StAX
 * writer. Translations are listed as {@code xhtml:link rel="alternate" hreflang} elements, the
 * form search engines read in sitemaps.
 */
final class SitemapWriter {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** One file listed by the index. */
    record IndexEntry(String path, Instant lastModified) {}

    private SitemapWriter() {}

    static byte[] urlset(List<SitemapUrl> urls, String baseUrl) {
        return XmlText.document("urlset", SITEMAP, xml -> {
            xml.writeNamespace("xhtml", XHTML);
            for (SitemapUrl url : urls) {
                xml.writeStartElement("url");
                location(xml, baseUrl + url.path(), url.lastModified());
                for (SitemapUrl.Alternate alternate : url.alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.language());
                    xml.writeAttribute("href", XmlText.safe(baseUrl + alternate.path()));
                }
                xml.writeEndElement();
            }
        });
    }

    static byte[] index(List<IndexEntry> files, String baseUrl) {
        return XmlText.document("sitemapindex", SITEMAP, xml -> {
            for (IndexEntry file : files) {
                xml.writeStartElement("sitemap");
                location(xml, baseUrl + file.path(), file.lastModified());
                xml.writeEndElement();
            }
        });
    }

    private static void location(XMLStreamWriter xml, String url, Instant lastModified) throws XMLStreamException {
        XmlText.element(xml, "loc", url);
        if (lastModified != null) {
            XmlText.element(xml, "lastmod", XmlText.dateTime(lastModified));
        }
    }
}

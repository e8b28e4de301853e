package dev.lectern.render;

import dev.lectern.model.Digest;
import dev.lectern.model.Paper;
import dev.lectern.model.PaperDates;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import dev.lectern.write.OutputFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom 1.0 feeds (RFC 4287): {@code feed.xml} with the reading group's digests and the newest papers, and
 * one feed per topic. Ids are the entries' published URLs, so they stay the same from build to build; every
 * {@code updated} comes from the input (a meeting's day, the month in a paper's arXiv id), never from a clock, so
 * two builds of the same input give the same bytes. Feeds need absolute links: a site without a base URL has none.
 */
final class FeedRenderer {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Digests and papers each feed carries at most, newest first. */
    static final int MAX_DIGESTS = 50;
    static final int MAX_PAPERS = 50;

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Site site;
    private final Markdown markdown;
    private final String base;
    /** The date of each paper the input dates, worked out once. */
    private final Map<String, LocalDate> paperDates = new HashMap<>();

    FeedRenderer(Site site, Markdown markdown) {
        this.site = site;
        this.markdown = markdown;
        this.base = site.info().baseUrl();
        site.papers().forEach(p -> PaperDates.of(p).ifPresent(d -> paperDates.put(p.slug(), d)));
    }

    /** Whether the site gets feeds: only with a base URL for absolute links. */
    static boolean hasFeeds(Site site) {
        return !site.info().baseUrl().isEmpty();
    }

    /** {@code feed.xml}: the latest digests and the newest papers. Only for a site with {@link #hasFeeds}. */
    OutputFile siteFeed() {
        List<Entry> entries = new ArrayList<>();
        site.meetings().all().stream().sorted(Comparator.comparing(Digest::date).reversed()).limit(MAX_DIGESTS)
                .forEach(d -> entries.add(digestEntry(d)));
        newest(site.papers()).forEach(p -> entries.add(paperEntry(p)));
        String subtitle = site.meetings().isEmpty() ? "New papers" : "Reading-group digests and new papers";
        return new OutputFile(SitePaths.FEED, feed(SitePaths.FEED, site.info().title(), subtitle, SitePaths.HOME,
                entries));
    }

    /** The feed of {@code topic}: its digests and its newest papers. Only for a site with {@link #hasFeeds}. */
    OutputFile topicFeed(Topic topic) {
        List<Entry> topicEntries = new ArrayList<>();
        site.meetings().discussingAny(topic.paperSlugs()).stream().limit(MAX_DIGESTS)
                .forEach(d -> topicEntries.add(digestEntry(d)));
        newest(topic.paperSlugs().stream().map(site::paper).toList())
                .forEach(p -> topicEntries.add(paperEntry(p)));
        return new OutputFile(SitePaths.topicFeed(topic.slug()), feed(SitePaths.topicFeed(topic.slug()),
                topic.name() + " \u00b7 " + site.info().title(), "Papers and digests on " + topic.name(),
                SitePaths.topic(topic.slug()), topicEntries));
    }

    /** One entry of a feed, ready to write. */
    private record Entry(String id, String title, LocalDate updated, String link, String contentHtml,
                         List<String> authors, List<Category> categories) {
    }

    private record Category(String term, String label, String scheme) {
    }

    /** The papers the input dates, newest first, at most {@link #MAX_PAPERS}. */
    private List<Paper> newest(List<Paper> papers) {
        return papers.stream()
                .filter(p -> paperDates.containsKey(p.slug()))
                .sorted(Comparator.comparing((Paper p) -> paperDates.get(p.slug())).reversed()
                        .thenComparing(Paper::slug))
                .limit(MAX_PAPERS)
                .toList();
    }

    private Entry digestEntry(Digest digest) {
        String url = absolute(SitePaths.digest(digest.slug()));
        StringBuilder html = new StringBuilder();
        StringBuilder when = new StringBuilder(Dates.full(digest.date()));
        if (digest.time() != null) {
            when.append(", ").append(digest.time());
        }
        if (digest.place() != null) {
            when.append(" \u00b7 ").append(digest.place());
        }
        html.append("<p>");
        escape(when.toString(), html);
        html.append(site.meetings().isUpcoming(digest) ? " (upcoming)" : "").append("</p>\n");
        if (!digest.hosts().isEmpty()) {
            html.append("<p>Hosts: ");
            escape(String.join(", ", digest.hosts()), html);
            html.append("</p>\n");
        }
        if (!digest.papers().isEmpty()) {
            html.append("<ul>\n");
            for (Digest.Discussed d : digest.papers()) {
                Paper paper = site.paper(d.paperSlug());
                html.append("<li><a href=\"").append(absolute(SitePaths.paper(paper.slug()))).append("\">");
                escape(paper.title(), html);
                html.append("</a>");
                if (!d.note().isEmpty()) {
                    html.append(": ").append(EmailHtml.standalone(markdown.toInlineHtml(d.note()), url));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append(EmailHtml.standalone(markdown.toHtml(digest.notes()), url));
        List<Category> categories = List.of(new Category("digest", "Reading-group digest", absolute(SitePaths.DIGESTS)));
        return new Entry(url, digest.title(), digest.date(), url, html.toString(), digest.hosts(), categories);
    }

    private Entry paperEntry(Paper paper) {
        String url = absolute(SitePaths.paper(paper.slug()));
        StringBuilder html = new StringBuilder();
        if (!paper.info().authors().isEmpty()) {
            html.append("<p>");
            escape(String.join(", ", paper.info().authors()), html);
            html.append("</p>\n");
        }
        html.append("<p>").append(AbstractHtml.of(paper.abstractText())).append("</p>\n");
        if (paper.info().arxivUrl() != null) {
            html.append("<p><a href=\"");
            escape(paper.info().arxivUrl(), html);
            html.append("\">arXiv:");
            escape(paper.info().arxivId(), html);
            html.append("</a></p>\n");
        }
        List<Category> categories = paper.topics().stream()
                .map(a -> site.findTopic(a.topicSlug()))
                .flatMap(Optional::stream)
                .map(t -> new Category(t.slug(), t.name(), absolute(SitePaths.TOPICS)))
                .toList();
        return new Entry(url, paper.title(), paperDates.get(paper.slug()), url, html.toString(), List.of(),
                categories);
    }

    private byte[] feed(String path, String title, String subtitle, String alternatePath, List<Entry> entries) {
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id))
                .toList();
        LocalDate updated = sorted.isEmpty() ? newestInput() : sorted.get(0).updated();
        StringWriter out = new StringWriter(16 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", clean(site.info().language()));
            element(xml, 1, "id", absolute(path));
            element(xml, 1, "title", title);
            if (!subtitle.isEmpty()) {
                element(xml, 1, "subtitle", subtitle);
            }
            element(xml, 1, "updated", timestamp(updated));
            link(xml, 1, "self", "application/atom+xml", absolute(path));
            link(xml, 1, "alternate", "text/html", absolute(alternatePath));
            indent(xml, 1);
            xml.writeStartElement("author");
            element(xml, 2, "name", site.info().title());
            element(xml, 2, "uri", base);
            indent(xml, 1);
            xml.writeEndElement();
            indent(xml, 1);
            xml.writeStartElement("generator");
            xml.writeCharacters("Lectern");
            xml.writeEndElement();
            for (Entry entry : sorted) {
                writeEntry(xml, entry);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed " + path, e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeEntry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("entry");
        element(xml, 2, "id", entry.id());
        element(xml, 2, "title", entry.title());
        element(xml, 2, "updated", timestamp(entry.updated()));
        link(xml, 2, "alternate", "text/html", entry.link());
        for (String author : entry.authors()) {
            indent(xml, 2);
            xml.writeStartElement("author");
            element(xml, 3, "name", author);
            indent(xml, 2);
            xml.writeEndElement();
        }
        for (Category category : entry.categories()) {
            indent(xml, 2);
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", clean(category.term()));
            xml.writeAttribute("label", clean(category.label()));
            xml.writeAttribute("scheme", clean(category.scheme()));
        }
        indent(xml, 2);
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(clean(entry.contentHtml()));
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    /** The newest date the input has, for the {@code updated} of a feed without entries. */
    private LocalDate newestInput() {
        return Stream.concat(
                        site.meetings().all().stream().map(Digest::date),
                        paperDates.values().stream())
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH);
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String rel, String type, String href)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private String absolute(String path) {
        return SitePaths.absolute(base, path);
    }

    private static String timestamp(LocalDate date) {
        return RFC3339.format(date.atStartOfDay().atOffset(ZoneOffset.UTC)).replace("+00:00", "Z");
    }

    /** Drops what XML 1.0 cannot carry at all: control characters other than tab and line ends, lone surrogates. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                        && c != 0xFFFE && c != 0xFFFF;
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        AbstractHtml.escapeInto(text, out);
    }
}

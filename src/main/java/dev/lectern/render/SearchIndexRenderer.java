package dev.lectern.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lectern.model.Digest;
import dev.lectern.model.Listing;
import dev.lectern.model.Page;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search index: {@code assets/search-index.js}, a script that sets {@code window.LECTERN_SEARCH}, because pages
 * opened from {@code file://} may not fetch files. Compact: each document is an array
 * {@code [kind, path, title, [topic numbers], text, notes]} (a paper's adds {@code [listing numbers]}), with topic
 * names and pages, and listing titles and pages, listed once, so that results show as paper cards; paths are from
 * the site's root. Kinds: {@code p} paper, {@code t} topic, {@code l} listing, {@code d} digest (a meeting), {@code g} page.
 */
final class SearchIndexRenderer {

    /** Longest notes or page text indexed per document, in characters: enough to find it, small enough to load. */
    static final int MAX_TEXT = 5_000;

    private SearchIndexRenderer() {
    }

    static byte[] render(Site site, Markdown markdown) {
        List<String> topicNames = new ArrayList<>();
        List<String> topicPaths = new ArrayList<>();
        Map<String, Integer> topicNumbers = new HashMap<>();
        for (Topic topic : site.topics()) {
            topicNumbers.put(topic.slug(), topicNames.size());
            topicNames.add(topic.name());
            topicPaths.add(SitePaths.topic(topic.slug()));
        }
        List<String> listingTitles = new ArrayList<>();
        List<String> listingPaths = new ArrayList<>();
        Map<String, Integer> listingNumbers = new HashMap<>();
        for (Listing listing : site.listings()) {
            listingNumbers.put(listing.slug(), listingTitles.size());
            listingTitles.add(listing.title());
            listingPaths.add(SitePaths.listing(listing.slug()));
        }
        // written document by document: built first as one value, the 100,000 papers' documents were a hundred
        // megabytes held long enough to reach the old generation, beside the file's own 36 MB
        return SafeJson.writeBytes("window.LECTERN_SEARCH=", expectedBytes(site), json -> {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeStringField("site", site.info().title());
            writeStrings(json, "topics", topicNames);
            writeStrings(json, "topicPaths", topicPaths);
            writeStrings(json, "listings", listingTitles);
            writeStrings(json, "listingPaths", listingPaths);
            json.writeArrayFieldStart("docs");
            for (Paper paper : site.papers()) {
                List<String> topicSlugs = new ArrayList<>(paper.topics().size());
                paper.topics().forEach(a -> topicSlugs.add(a.topicSlug()));
                List<Integer> topics = numbers(topicSlugs, topicNumbers);
                List<Integer> listings = numbers(paper.listingSlugs(), listingNumbers);
                String text = paper.abstractText().plain() + (paper.abstractText().cut() ? "\u2026" : "");
                writeDoc(json, "p", SitePaths.paper(paper.slug()), paper.title(), topics, text,
                        cap(markdown.toPlainText(paper.info().notes())), listings);
            }
            for (Topic topic : site.topics()) {
                writeDoc(json, "t", SitePaths.topic(topic.slug()), topic.name(), List.of(),
                        cap(markdown.toPlainText(topic.description())), "", null);
            }
            for (Listing listing : site.listings()) {
                writeDoc(json, "l", SitePaths.listing(listing.slug()), listing.title(), List.of(),
                        cap(markdown.toPlainText(listing.description())), "", null);
            }
            for (Digest digest : site.meetings().all()) {
                writeDoc(json, "d", SitePaths.digest(digest.slug()), digest.title(),
                        digestTopics(site, digest, topicNumbers), digestSummary(site, digest),
                        cap(digestNotes(digest, markdown)), null);
            }
            for (Page page : site.pages()) {
                writeDoc(json, "g", SitePaths.page(page.slug()), page.title(), List.of(),
                        cap(markdown.toPlainText(page.body())), "", null);
            }
            json.writeEndArray();
            json.writeEndObject();
        }, ";\n");
    }

    /** The numbers of {@code slugs} in {@code numbered}, in order; a slug it does not number is left out. */
    private static List<Integer> numbers(List<String> slugs, Map<String, Integer> numbered) {
        List<Integer> numbers = new ArrayList<>(slugs.size());
        for (String slug : slugs) {
            Integer n = numbered.get(slug);
            if (n != null) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    /** About the size of the index: a paper's document is its title, abstract and path, and some 40 bytes more. */
    private static int expectedBytes(Site site) {
        long bytes = 1 << 16;
        for (Paper paper : site.papers()) {
            bytes += paper.title().length() + paper.abstractText().plain().length() + 2L * paper.slug().length() + 40;
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE - 16);
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** {@code [kind, path, title, [topic numbers], text, notes]}, and a paper's {@code [listing numbers]}. */
    private static void writeDoc(JsonGenerator json, String kind, String path, String title, List<Integer> topics,
                                 String text, String notes, List<Integer> listings) throws IOException {
        json.writeStartArray();
        json.writeString(kind);
        json.writeString(path);
        json.writeString(title);
        writeNumbers(json, topics);
        json.writeString(text);
        json.writeString(notes);
        if (listings != null) {
            writeNumbers(json, listings);
        }
        json.writeEndArray();
    }

    private static void writeNumbers(JsonGenerator json, List<Integer> numbers) throws IOException {
        json.writeStartArray();
        for (int n : numbers) {
            json.writeNumber(n);
        }
        json.writeEndArray();
    }

    /** The topics of the papers a meeting discussed, each once, in the order they come up. */
    private static List<Integer> digestTopics(Site site, Digest digest, Map<String, Integer> topicNumbers) {
        Set<Integer> topics = new LinkedHashSet<>();
        for (Digest.Discussed d : digest.papers()) {
            site.paper(d.paperSlug()).topics().forEach(a -> {
                Integer n = topicNumbers.get(a.topicSlug());
                if (n != null) {
                    topics.add(n);
                }
            });
        }
        return List.copyOf(topics);
    }

    /** When the meeting is, who hosts it and what it reads: "2026-11-18, hosted by Ada. Papers: A; B." */
    private static String digestSummary(Site site, Digest digest) {
        StringBuilder text = new StringBuilder(digest.date().toString());
        if (!digest.hosts().isEmpty()) {
            text.append(", hosted by ").append(String.join(" and ", digest.hosts()));
        }
        text.append('.');
        if (!digest.papers().isEmpty()) {
            text.append(" Papers: ");
            text.append(String.join("; ", digest.papers().stream().map(d -> site.paper(d.paperSlug()).title()).toList()));
            text.append('.');
        }
        return text.toString();
    }

    /** The meeting's notes, then its note and questions on each paper. */
    private static String digestNotes(Digest digest, Markdown markdown) {
        StringBuilder text = new StringBuilder(markdown.toPlainText(digest.notes()));
        for (Digest.Discussed d : digest.papers()) {
            text.append(' ').append(markdown.toPlainText(d.note()));
            d.questions().forEach(q -> text.append(' ').append(markdown.toPlainText(q)));
        }
        return text.toString().strip();
    }

    /** Inline math between paired dollars, as Markdown notes write it. */
    private static final Pattern INLINE_MATH = Pattern.compile("\\$([^$\n]+)\\$");

    /** Plain text as a reader sees it: math without its dollars, cut to {@link #MAX_TEXT}. */
    private static String cap(String text) {
        text = INLINE_MATH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT);
        return text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
    }
}

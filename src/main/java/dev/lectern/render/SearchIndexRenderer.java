package dev.lectern.render;

import dev.lectern.model.Digest;
import dev.lectern.model.Listing;
import dev.lectern.model.Page;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        List<List<Object>> docs = new ArrayList<>(site.papers().size() + site.topics().size() + 16);
        for (Paper paper : site.papers()) {
            List<Integer> topics = paper.topics().stream()
                    .map(a -> topicNumbers.get(a.topicSlug())).filter(n -> n != null).toList();
            String text = paper.abstractText().plain() + (paper.abstractText().cut() ? "\u2026" : "");
            List<Integer> listings = paper.listingSlugs().stream()
                    .map(listingNumbers::get).filter(n -> n != null).toList();
            docs.add(List.of("p", SitePaths.paper(paper.slug()), paper.title(), topics, text,
                    cap(markdown.toPlainText(paper.info().notes())), listings));
        }
        for (Topic topic : site.topics()) {
            docs.add(List.of("t", SitePaths.topic(topic.slug()), topic.name(), List.of(),
                    cap(markdown.toPlainText(topic.description())), ""));
        }
        for (Listing listing : site.listings()) {
            docs.add(List.of("l", SitePaths.listing(listing.slug()), listing.title(), List.of(),
                    cap(markdown.toPlainText(listing.description())), ""));
        }
        for (Digest digest : site.meetings().all()) {
            docs.add(List.of("d", SitePaths.digest(digest.slug()), digest.title(), digestTopics(site, digest, topicNumbers),
                    digestSummary(site, digest), cap(digestNotes(digest, markdown))));
        }
        for (Page page : site.pages()) {
            docs.add(List.of("g", SitePaths.page(page.slug()), page.title(), List.of(),
                    cap(markdown.toPlainText(page.body())), ""));
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("version", 1);
        index.put("site", site.info().title());
        index.put("topics", topicNames);
        index.put("topicPaths", topicPaths);
        index.put("listings", listingTitles);
        index.put("listingPaths", listingPaths);
        index.put("docs", docs);
        return SafeJson.writeBytes("window.LECTERN_SEARCH=", index, ";\n");
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

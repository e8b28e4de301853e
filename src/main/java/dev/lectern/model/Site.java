package dev.lectern.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole site as data: listings, papers, topics, pages and the reading group's meetings, linked by slug. Built once per build by
 * {@link SiteModelBuilder}; immutable.
 */
public final class Site {

    private final SiteInfo info;
    private final List<Listing> listings;
    private final List<Paper> papers;
    private final List<Topic> topics;
    private final List<Page> pages;
    /** Each paper's index in {@link #papers}, by slug. */
    private final Map<String, Integer> paperIndex;
    private final Map<String, Topic> topicsBySlug;
    private final Map<String, Listing> listingsBySlug;
    private final Meetings meetings;

    public Site(SiteInfo info, List<Listing> listings, List<Paper> papers, List<Topic> topics, List<Page> pages) {
        this(info, listings, papers, topics, pages, Meetings.none());
    }

    public Site(SiteInfo info, List<Listing> listings, List<Paper> papers, List<Topic> topics, List<Page> pages,
                Meetings meetings) {
        this.meetings = meetings;
        this.info = info;
        this.listings = List.copyOf(listings);
        this.papers = List.copyOf(papers);
        this.topics = List.copyOf(topics);
        this.pages = List.copyOf(pages);
        this.paperIndex = new HashMap<>(this.papers.size() * 2);
        for (int i = 0; i < this.papers.size(); i++) {
            paperIndex.put(this.papers.get(i).slug(), i);
        }
        this.topicsBySlug = index(this.topics, Topic::slug);
        this.listingsBySlug = index(this.listings, Listing::slug);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }

    public SiteInfo info() {
        return info;
    }

    /** The listings, in the order of site.yml. */
    public List<Listing> listings() {
        return listings;
    }

    /** Every paper once, ordered by slug. */
    public List<Paper> papers() {
        return papers;
    }

    /** The topics, largest first. */
    public List<Topic> topics() {
        return topics;
    }

    /** The free pages, ordered by slug. */
    public List<Page> pages() {
        return pages;
    }

    /** The reading group's meetings: every digest, the next meeting, the meetings that discussed a paper. */
    public Meetings meetings() {
        return meetings;
    }

    public Paper paper(String slug) {
        return papers.get(paperIndex(slug));
    }

    /** The index of the paper {@code slug} in {@link #papers}: for arrays that hold something of each paper. */
    public int paperIndex(String slug) {
        Integer index = paperIndex.get(slug);
        if (index == null) {
            throw new IllegalArgumentException("no paper " + slug);
        }
        return index;
    }

    public Topic topic(String slug) {
        Topic topic = topicsBySlug.get(slug);
        if (topic == null) {
            throw new IllegalArgumentException("no topic " + slug);
        }
        return topic;
    }

    public Optional<Topic> findTopic(String slug) {
        return Optional.ofNullable(topicsBySlug.get(slug));
    }

    public Listing listing(String slug) {
        Listing listing = listingsBySlug.get(slug);
        if (listing == null) {
            throw new IllegalArgumentException("no listing " + slug);
        }
        return listing;
    }
}

package dev.lectern.config;

import java.util.List;

/**
 * The settings of one site, read from {@code site.yml}. Every part has a default, so a site folder with only
 * {@code seeds/} builds.
 *
 * @param title       the site's name, shown in every page's header
 * @param description one or two sentences for the home page and feeds
 * @param baseUrl     where the site is published, ending in {@code /}; used for canonical links and feeds only
 * @param language    the pages' {@code lang}
 * @param listings    the listings in the order the home page shows them; empty means every {@code seeds/*.txt}
 * @param topics      the topic taxonomy
 * @param options     switches and sizes
 * @param readingGroup when and where the reading group meets, for digests and {@code lectern new digest}
 * @param cname       the custom domain GitHub Pages serves the site at (written to {@code CNAME}), or empty
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        List<ListingConfig> listings,
        List<TopicConfig> topics,
        Options options,
        ReadingGroupConfig readingGroup,
        String cname) {

    public static final String DEFAULT_TITLE = "Research digest";

    public SiteConfig {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        description = description == null ? "" : description.strip();
        baseUrl = normalizeBaseUrl(baseUrl);
        language = language == null || language.isBlank() ? "en" : language.strip();
        listings = listings == null ? List.of() : List.copyOf(listings);
        topics = topics == null ? List.of() : List.copyOf(topics);
        options = options == null ? Options.DEFAULTS : options;
        readingGroup = readingGroup == null ? ReadingGroupConfig.NONE : readingGroup;
        cname = cname == null ? "" : cname.strip();
    }

    /** The settings of a site folder that has no site.yml. */
    public static SiteConfig defaults() {
        return new SiteConfig(null, null, null, null, null, null, null, null, null);
    }

    private static String normalizeBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }

    /**
     * One listing: a file in {@code seeds/} and how the site presents it; {@code navTitle} is its label in the
     * navigation bar when the title is too long for it (empty for the title).
     */
    public record ListingConfig(String file, String slug, String title, String navTitle, String description) {
        public ListingConfig {
            navTitle = navTitle == null ? "" : navTitle.strip();
            description = description == null ? "" : description.strip();
        }
    }

    /**
     * One topic of the taxonomy. A paper belongs to it when its abstract mentions one of the phrases, acronyms or
     * synonyms (matched on analyzed words, so plurals and case do not matter).
     */
    public record TopicConfig(String name, String slug, String description, List<String> phrases,
                              List<String> acronyms, List<String> synonyms) {
        public TopicConfig {
            description = description == null ? "" : description.strip();
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }
    }

    /**
     * Switches and sizes.
     *
     * @param relatedPapers     how many related papers a paper page lists
     * @param maxTopicsPerPaper the most topics one paper is filed under
     * @param minTopicPapers    a discovered topic needs at least this many papers to get a page
     * @param discoverTopics    whether topics are also discovered from the listings' text
     * @param allowRawHtml      whether Markdown in content/ may keep raw HTML (it is escaped otherwise)
     * @param topicPageSize     papers a topic page shows; a larger topic continues on further pages (0: all on one)
     */
    public record Options(Integer relatedPapers, Integer maxTopicsPerPaper, Integer minTopicPapers,
                          Boolean discoverTopics, Boolean allowRawHtml, Integer topicPageSize) {
        public static final Options DEFAULTS = new Options(null, null, null, null, null, null);

        public Options {
            relatedPapers = relatedPapers == null ? 5 : relatedPapers;
            maxTopicsPerPaper = maxTopicsPerPaper == null ? 4 : maxTopicsPerPaper;
            minTopicPapers = minTopicPapers == null ? 2 : minTopicPapers;
            discoverTopics = discoverTopics == null ? Boolean.TRUE : discoverTopics;
            allowRawHtml = allowRawHtml == null ? Boolean.FALSE : allowRawHtml;
            topicPageSize = topicPageSize == null ? 100 : topicPageSize;
        }
    }

    /**
     * When and where the reading group meets; every part is optional.
     *
     * @param meetingDay  the weekday of the meetings ({@code wednesday}): {@code lectern new digest} dates a new
     *                    digest on the next one
     * @param meetingTime when meetings start, as the group writes it ({@code "16:00 CET"})
     * @param place       where the group meets ({@code "Room 3.07 and online"})
     */
    public record ReadingGroupConfig(String meetingDay, String meetingTime, String place) {
        public static final ReadingGroupConfig NONE = new ReadingGroupConfig(null, null, null);

        public ReadingGroupConfig {
            meetingDay = meetingDay == null || meetingDay.isBlank() ? null : meetingDay.strip();
            meetingTime = meetingTime == null || meetingTime.isBlank() ? null : meetingTime.strip();
            place = place == null || place.isBlank() ? null : place.strip();
        }
    }
}

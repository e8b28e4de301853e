package dev.lectern.model;

import dev.lectern.load.ContentDoc;
import dev.lectern.load.PageFront;
import dev.lectern.load.PaperFront;
import dev.lectern.load.TopicFront;
import java.util.List;

/**
 * Everything the model is built from: the site's settings and what the load stage read.
 *
 * @param info       what the site says about itself
 * @param listings   the listings, in the order the site shows them
 * @param taxonomy   the configured topics
 * @param options    sizes and switches
 * @param paperNotes {@code content/papers/*.md}
 * @param topicDocs  {@code content/topics/*.md}
 * @param pages      {@code content/pages/*.md}
 * @param readingGroup the reading group's meetings ({@code content/digests/*.md}) and the day the site is built for
 */
public record SiteSources(SiteInfo info, List<ListingInput> listings, List<TopicDefinition> taxonomy,
                          ModelOptions options, List<ContentDoc<PaperFront>> paperNotes,
                          List<ContentDoc<TopicFront>> topicDocs, List<ContentDoc<PageFront>> pages,
                          ReadingGroupInput readingGroup) {
    public SiteSources {
        listings = List.copyOf(listings);
        taxonomy = List.copyOf(taxonomy);
        paperNotes = List.copyOf(paperNotes);
        topicDocs = List.copyOf(topicDocs);
        pages = List.copyOf(pages);
        readingGroup = readingGroup == null ? ReadingGroupInput.NONE : readingGroup;
    }

    /** The sources of a site without reading-group meetings. */
    public SiteSources(SiteInfo info, List<ListingInput> listings, List<TopicDefinition> taxonomy,
                       ModelOptions options, List<ContentDoc<PaperFront>> paperNotes,
                       List<ContentDoc<TopicFront>> topicDocs, List<ContentDoc<PageFront>> pages) {
        this(info, listings, taxonomy, options, paperNotes, topicDocs, pages, ReadingGroupInput.NONE);
    }
}

package dev.lectern.load;

import java.util.List;
import java.util.Map;

/**
 * Front matter of notes on one paper ({@code content/papers/*.md}): how to find the paper, and the metadata that
 * replaces what Lectern derives.
 *
 * @param arxiv   the arXiv id, also used to find the paper when a listing line names it
 * @param match   the start of the paper's abstract, as in the listing: finds the paper
 * @param slug    finds the paper by its current slug
 * @param title   the paper's real title
 * @param authors its authors, in order
 * @param year    the year it appeared
 * @param venue   where it appeared
 * @param links   labelled links (label to URL), e.g. PDF or code
 * @param topics  topic slugs to file the paper under, in addition to the matched ones
 */
public record PaperFront(String arxiv, String match, String slug, String title, List<String> authors, Integer year,
                         String venue, Map<String, String> links, List<String> topics) {

    /** The front matter of a notes file that has none. */
    public static final PaperFront EMPTY = new PaperFront(null, null, null, null, null, null, null, null, null);

    public PaperFront {
        authors = authors == null ? List.of() : List.copyOf(authors);
        links = links == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(links));
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}

package dev.lectern.model;

import java.util.List;

/**
 * A topic and the papers filed under it.
 *
 * @param slug        its URL name
 * @param name        its name
 * @param description Markdown that describes it, may be empty
 * @param discovered  whether Lectern found it in the listings rather than the site's taxonomy
 * @param phrases     the phrases and synonyms a paper is filed under it by (matched on analyzed words)
 * @param acronyms    its acronyms, matched as written; for a configured topic, these include the acronyms the
 *                    listings define for its phrases
 * @param paperSlugs  its papers, the most central first
 * @param related     topics that share papers with it, the most shared first
 */
public record Topic(String slug, String name, String description, boolean discovered, List<String> phrases,
                    List<String> acronyms, List<String> paperSlugs, List<RelatedTopic> related) {

    /** The topic of last resort, for papers whose words name no topic and whose related papers have none. */
    public static final String OTHER_SLUG = "other-papers";

    public Topic {
        phrases = List.copyOf(phrases);
        acronyms = List.copyOf(acronyms);
        paperSlugs = List.copyOf(paperSlugs);
        related = List.copyOf(related);
    }

    /** Another topic and how many papers the two share. */
    public record RelatedTopic(String slug, int sharedPapers) {
    }
}

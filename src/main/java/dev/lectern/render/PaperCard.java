package dev.lectern.render;

import java.util.List;

/**
 * A paper as listing, topic and related-paper lists show it.
 *
 * @param link         to its page, with its title
 * @param id           the HTML id of the card, for links to it within a list
 * @param abstractHtml its abstract as HTML (escaped, math marked)
 * @param topics       its topics
 * @param listings     the listings it is on
 * @param topicSlugs   the slugs of its topics, in the order of {@code topics}, for a listing's topic filter
 */
public record PaperCard(Link link, String id, String abstractHtml, List<Link> topics, List<Link> listings,
                        List<String> topicSlugs) {
}

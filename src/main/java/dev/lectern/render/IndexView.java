package dev.lectern.render;

import java.util.List;

/**
 * The home page: what the site is, its listings and its topics.
 *
 * @param chrome          the layout's values
 * @param descriptionHtml the site's description
 * @param paperCount      papers on the site
 * @param listings        each listing with its size
 * @param topics          the largest topics
 * @param allTopics       the link to all topics
 * @param nextMeeting     the reading group's next meeting, or null
 * @param latestDigest    the newest digest of a meeting that was held, or null
 * @param allDigests      the link to the digests index, or null when the site has no digests
 */
public record IndexView(Chrome chrome, String descriptionHtml, int paperCount, List<Summary> listings,
                        List<Summary> topics, Link allTopics, DigestSummary nextMeeting, DigestSummary latestDigest,
                        Link allDigests) {
}

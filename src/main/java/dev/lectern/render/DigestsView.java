package dev.lectern.render;

import java.util.List;

/**
 * The digests index: the next meeting first, then later ones, then past ones newest first, grouped by month.
 *
 * @param chrome the layout's values
 * @param next   the next meeting, or null when none is planned
 * @param later  planned meetings after the next one, soonest first
 * @param past   earlier meetings, newest month first
 * @param feed   the site's Atom feed, or null when the site has none
 */
public record DigestsView(Chrome chrome, DigestSummary next, List<DigestSummary> later, List<Month> past,
                          Link feed) {

    /**
     * The meetings of one month, newest first.
     *
     * @param label    {@code November 2026}
     * @param id       the HTML id of its heading
     * @param meetings its meetings
     */
    public record Month(String label, String id, List<DigestSummary> meetings) {
    }
}

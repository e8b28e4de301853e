package dev.lectern.render;

import java.util.List;

/**
 * One listing's page: its papers in the listing's own order, and a filter by topic.
 *
 * @param chrome          the layout's values
 * @param title           the listing's title
 * @param descriptionHtml its description
 * @param file            the listing file it comes from
 * @param papers          its papers, in listing order
 * @param filters         the topics of its papers, most papers first, that the filter shows at once
 * @param moreFilters     the other topics of its papers, which the filter folds away
 */
public record ListingView(Chrome chrome, String title, String descriptionHtml, String file, List<PaperCard> papers,
                          List<TopicFilter> filters, List<TopicFilter> moreFilters) {

    /**
     * A topic to filter a listing's papers by. Without JavaScript, its link targets {@code #id}, and the page's
     * stylesheet hides the papers of other topics while that id is the page's target.
     *
     * @param id    the HTML id the topic's link targets
     * @param slug  the topic's slug, as the papers' {@code data-topics} name it
     * @param name  the topic's name
     * @param count how many of the listing's papers are filed under it
     */
    public record TopicFilter(String id, String slug, String name, int count) {
    }
}

package dev.lectern.render;

import java.util.List;

/**
 * One listing's page: its papers in the listing's own order.
 *
 * @param chrome          the layout's values
 * @param title           the listing's title
 * @param descriptionHtml its description
 * @param file            the listing file it comes from
 * @param papers          its papers, in listing order
 */
public record ListingView(Chrome chrome, String title, String descriptionHtml, String file, List<PaperCard> papers) {
}

package dev.lectern.render;

import java.util.List;

/**
 * One topic's page.
 *
 * @param chrome          the layout's values
 * @param name            the topic's name
 * @param descriptionHtml its description
 * @param discovered      whether Lectern found the topic in the listings
 * @param alsoWritten     the other ways papers write it ("KD, distillation"), or empty
 * @param papers          this page's part of its papers, most central first (all of them unless they fill
 *                        several pages)
 * @param pager           which of the topic's pages this is, and the links to the others
 * @param related         topics sharing papers with it; on the first page only
 * @param readings        how often the reading group read the topic; on the first page only (no meetings on others)
 * @param feed            the topic's Atom feed, or null when the site has no feeds
 */
public record TopicView(Chrome chrome, String name, String descriptionHtml, boolean discovered, String alsoWritten,
                        List<PaperCard> papers, Pager pager, List<Summary> related, Readings readings, Link feed) {

    /**
     * The reading group's meetings on a topic: those that discussed at least one of its papers.
     *
     * @param held          meetings held on it
     * @param planned       meetings still to come on it
     * @param papersRead    its papers that held meetings discussed
     * @param lastRead      the day of the newest held meeting on it, or empty
     * @param meetings      the meetings, newest first
     */
    public record Readings(int held, int planned, int papersRead, String lastRead, List<DigestSummary> meetings) {
    }
}

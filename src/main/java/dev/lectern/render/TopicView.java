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
 * @param papers          its papers, most central first
 * @param related         topics sharing papers with it
 * @param readings        how often the reading group read the topic
 * @param feed            the topic's Atom feed, or null when the site has no feeds
 */
public record TopicView(Chrome chrome, String name, String descriptionHtml, boolean discovered, String alsoWritten,
                        List<PaperCard> papers, List<Summary> related, Readings readings, Link feed) {

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

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
 */
public record TopicView(Chrome chrome, String name, String descriptionHtml, boolean discovered, String alsoWritten,
                        List<PaperCard> papers, List<Summary> related) {
}

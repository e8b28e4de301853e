package dev.lectern.render;

import java.util.List;

/**
 * One paper's page.
 *
 * @param chrome       the layout's values
 * @param title        the paper's title
 * @param titleDerived whether the title was derived from the abstract (the page says so)
 * @param abstractHtml its abstract as HTML
 * @param authors      its authors joined for display, or empty
 * @param year         the year, or empty
 * @param venue        the venue, or empty
 * @param links        external links (arXiv and those of its notes)
 * @param topics       its topics, each with why it was filed there
 * @param listings     each listing line that is this paper
 * @param related      the most similar papers
 * @param notesHtml    notes from content/papers/, as HTML, may be empty
 * @param discussions  the reading group's meetings that discussed it, newest first
 * @param citationTags Google Scholar's {@code citation_*} tags, empty when the real title is not known
 * @param jsonLd       schema.org ScholarlyArticle JSON, safe to print inside a script element
 * @param bibtex       the paper's BibTeX entry
 * @param allBibtex    the link to every paper's entry in one file
 * @param neighbours   for each listing the paper is on, its place there and the papers before and after it
 */
public record PaperView(Chrome chrome, String title, boolean titleDerived, String abstractHtml, String authors,
                        String year, String venue, List<Link> links, List<TopicChip> topics,
                        List<ListingLine> listings, List<PaperCard> related, String notesHtml,
                        List<Discussion> discussions, List<MetaTag> citationTags, String jsonLd, String bibtex,
                        Link allBibtex, List<InListing> neighbours) {

    /**
     * Where the paper stands in one of its listings, with the papers before and after it there.
     *
     * @param listing  the listing's page, anchored at this paper's card
     * @param position the paper's place in the listing, from 1
     * @param size     the listing's number of papers
     * @param previous the paper before it, or null for the first
     * @param next     the paper after it, or null for the last
     */
    public record InListing(Link listing, int position, int size, Link previous, Link next) {
    }

    /**
     * A meeting that discussed the paper.
     *
     * @param meeting       the meeting
     * @param noteHtml      the meeting's note on this paper, may be empty
     * @param questionsHtml its questions on this paper
     */
    public record Discussion(DigestSummary meeting, String noteHtml, List<String> questionsHtml) {
    }

    /** A topic of the paper and the reason it is filed there. */
    public record TopicChip(Link link, String reason) {
    }

    /**
     * The paper as one listing line gives it.
     *
     * @param listing      the listing's page, anchored at this paper
     * @param file         the listing file
     * @param line         the line number in that file
     * @param abstractHtml   the line's text as HTML
     * @param sameAsAbstract whether the line is the abstract shown above (then the page need not repeat it)
     */
    public record ListingLine(Link listing, String file, int line, String abstractHtml, boolean sameAsAbstract) {
    }
}

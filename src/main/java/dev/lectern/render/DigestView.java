package dev.lectern.render;

import java.util.List;

/**
 * One meeting's page: when and where, a card per paper with the meeting's note and questions, and the notes.
 *
 * @param chrome     the layout's values
 * @param meeting    the meeting as lists show it: title, date, time, place, hosts, status
 * @param papers     the papers on the agenda, in the meeting's order
 * @param notesHtml  the meeting's notes as HTML, may be empty
 * @param emailHtml  the e-mail edition, or null when the site has no base URL
 * @param emailText  the plain-text e-mail edition, or null
 * @param previous   the meeting before this one, or null
 * @param following  the meeting after this one, or null
 * @param allDigests the digests index
 */
public record DigestView(Chrome chrome, DigestSummary meeting, List<AgendaItem> papers, String notesHtml,
                         Link emailHtml, Link emailText, Link previous, Link following, Link allDigests) {

    /**
     * A paper on the agenda.
     *
     * @param card          the paper's card: title, cut abstract, topics, link to its page
     * @param noteHtml      the meeting's note on it, may be empty
     * @param questionsHtml questions for the discussion
     */
    public record AgendaItem(PaperCard card, String noteHtml, List<String> questionsHtml) {
    }
}

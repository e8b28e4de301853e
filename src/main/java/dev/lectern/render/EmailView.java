package dev.lectern.render;

import java.util.List;

/**
 * A digest's e-mail edition, for {@code email.ftlh} (one self-contained HTML file) and {@code email-text.ftl}
 * (plain text). Every URL is absolute; every HTML part has its styles inline; text parts are wrapped at
 * {@link EmailText#WIDTH} columns.
 *
 * @param lang       the language tag
 * @param siteTitle  the site's name
 * @param siteUrl    the published home page
 * @param digestsUrl the published digests index
 * @param webUrl     this digest's published page
 * @param title      the meeting's title
 * @param titleRule  a line of {@code =} as long as the title, to underline it in plain text
 * @param date       the day, as {@code Wednesday 18 November 2026}
 * @param time       when it starts, or empty
 * @param place      where it is, or empty
 * @param hosts      who leads it, or empty
 * @param status     {@code Next meeting}, {@code Upcoming}, {@code Held} or {@code Not marked as held}
 * @param upcoming   whether the meeting is still to come
 * @param papers     the papers on the agenda
 * @param notesHtml  the notes as HTML with inline styles, may be empty
 * @param notesText  the notes' Markdown, which reads well as plain text, may be empty
 */
public record EmailView(String lang, String siteTitle, String siteUrl, String digestsUrl, String webUrl,
                        String title, String titleRule, String date, String time, String place, String hosts,
                        String status, boolean upcoming, List<Item> papers, String notesHtml, String notesText) {

    /**
     * A paper on the agenda.
     *
     * @param number        its place on the agenda, from 1
     * @param title         its title
     * @param heading       its number and title, wrapped for plain text
     * @param url           its published page
     * @param arxivUrl      its arXiv page, or empty
     * @param authors       its authors, or empty
     * @param abstractHtml  its cut abstract as HTML
     * @param abstractText  its cut abstract, wrapped and indented for plain text
     * @param topics        its topics, joined
     * @param topicsText    its topics, wrapped and indented for plain text
     * @param noteHtml      the meeting's note on it as HTML, may be empty
     * @param noteText      the note, wrapped and indented, may be empty
     * @param questionsHtml questions as HTML
     * @param questionsText questions, each wrapped and indented as a list item
     */
    public record Item(int number, String title, String heading, String url, String arxivUrl, String authors,
                       String abstractHtml, String abstractText, String topics, String topicsText, String noteHtml,
                       String noteText,
                       List<String> questionsHtml, List<String> questionsText) {
    }
}

package dev.lectern.render;

import java.util.List;

/**
 * A meeting in a list of meetings (the digests index, the home page, a paper's or a topic's page).
 *
 * @param link     to the digest's page, with its title
 * @param date     the day, as {@code Wednesday 18 November 2026}
 * @param isoDate  the day as {@code 2026-11-18}, for {@code <time datetime>}
 * @param time     when it starts, or empty
 * @param place    where it is, or empty
 * @param hosts    who leads it, joined for display, or empty
 * @param status   {@code Next meeting}, {@code Upcoming}, {@code Held} or {@code Not marked as held}
 * @param upcoming whether the meeting is still to come
 * @param next     whether it is the next meeting
 * @param papers   the papers on its agenda
 */
public record DigestSummary(Link link, String date, String isoDate, String time, String place, String hosts,
                            String status, boolean upcoming, boolean next, List<Link> papers) {
}

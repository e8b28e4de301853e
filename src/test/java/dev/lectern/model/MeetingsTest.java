package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which meeting is next and which were held depends on the day the site is built for, and on nothing else. */
class MeetingsTest {

    static Digest digest(String date, Digest.Status status, String... papers) {
        List<Digest.Discussed> discussed = java.util.Arrays.stream(papers)
                .map(p -> new Digest.Discussed(p, "", List.of())).toList();
        return new Digest(date + "-m", LocalDate.parse(date), "Meeting " + date, List.of(), status, null, null,
                discussed, "", date + ".md");
    }

    static final Digest OCTOBER = digest("2026-10-07", Digest.Status.HELD, "q");
    static final Digest NOVEMBER = digest("2026-11-18", Digest.Status.HELD, "gkd", "spec");
    static final Digest DECEMBER_2 = digest("2026-12-02", Digest.Status.UPCOMING, "genrm");
    static final Digest DECEMBER_9 = digest("2026-12-09", Digest.Status.UPCOMING, "gkd");

    static Meetings on(String today) {
        return new Meetings(List.of(DECEMBER_9, OCTOBER, DECEMBER_2, NOVEMBER), LocalDate.parse(today),
                ReadingGroup.NONE);
    }

    static List<String> slugs(List<Digest> digests) {
        return digests.stream().map(Digest::slug).toList();
    }

    @Test
    void theNextMeetingIsTheFirstUpcomingOneOnOrAfterToday() {
        assertEquals(Optional.of(DECEMBER_2), on("2026-11-25").next());
        assertEquals(Optional.of(DECEMBER_2), on("2026-12-02").next(), "on its own day");
        assertEquals(Optional.of(DECEMBER_9), on("2026-12-03").next());
        assertEquals(Optional.empty(), on("2026-12-10").next());
    }

    @Test
    void pastMeetingsAreNewestFirstAndTheLatestDigestIsTheNewestHeldOne() {
        Meetings meetings = on("2026-12-03");
        assertEquals(List.of("2026-12-02-m", "2026-11-18-m", "2026-10-07-m"), slugs(meetings.past()));
        assertEquals(Optional.of(NOVEMBER), meetings.latest(), "2 December passed but was not marked held");
        assertEquals(List.of("2026-12-09-m"), slugs(meetings.upcoming()));
    }

    @Test
    void meetingsAreFoundByPaperAndByTopicNewestFirst() {
        Meetings meetings = on("2026-11-25");
        assertEquals(List.of("2026-12-09-m", "2026-11-18-m"), slugs(meetings.discussing("gkd")));
        assertEquals(List.of("2026-12-02-m", "2026-10-07-m"), slugs(meetings.discussingAny(List.of("q", "genrm"))));
        assertEquals(List.of(), meetings.discussing("nobody"));
    }

    @Test
    void neighboursInTime() {
        Meetings meetings = on("2026-11-25");
        assertEquals(Optional.of(OCTOBER), meetings.before(NOVEMBER));
        assertEquals(Optional.of(DECEMBER_2), meetings.after(NOVEMBER));
        assertEquals(Optional.empty(), meetings.before(OCTOBER));
        assertEquals(Optional.empty(), meetings.after(DECEMBER_9));
    }

    @Test
    void theNextMeetingDayOfTheGroup() {
        ReadingGroup wednesdays = new ReadingGroup(java.time.DayOfWeek.WEDNESDAY, null, null);
        assertEquals(LocalDate.parse("2026-11-25"), wednesdays.nextMeetingDay(LocalDate.parse("2026-11-25")));
        assertEquals(LocalDate.parse("2026-12-02"), wednesdays.nextMeetingDay(LocalDate.parse("2026-11-26")));
        assertEquals(LocalDate.parse("2026-11-26"), ReadingGroup.NONE.nextMeetingDay(LocalDate.parse("2026-11-26")));
    }
}

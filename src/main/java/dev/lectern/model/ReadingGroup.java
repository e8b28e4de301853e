package dev.lectern.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When and where the reading group meets, from site.yml.
 *
 * @param meetingDay  the weekday of its meetings, or null when it has none
 * @param meetingTime when meetings start, as written, or null
 * @param place       where it meets, or null
 */
public record ReadingGroup(DayOfWeek meetingDay, String meetingTime, String place) {

    public static final ReadingGroup NONE = new ReadingGroup(null, null, null);

    /** The first meeting day on or after {@code from}; {@code from} itself when the group has no meeting day. */
    public LocalDate nextMeetingDay(LocalDate from) {
        return meetingDay == null ? from : from.with(TemporalAdjusters.nextOrSame(meetingDay));
    }
}

package dev.lectern.model;

import dev.lectern.load.DigestSource;
import java.time.LocalDate;
import java.util.List;

/**
 * What the model needs for the reading group's meetings.
 *
 * @param group   when and where the group meets
 * @param digests {@code content/digests/*.md}
 * @param today   the day the site is built for: decides which meeting is next
 */
public record ReadingGroupInput(ReadingGroup group, List<DigestSource> digests, LocalDate today) {

    /** A site without meetings. */
    public static final ReadingGroupInput NONE = new ReadingGroupInput(ReadingGroup.NONE, List.of(), LocalDate.EPOCH);

    public ReadingGroupInput {
        digests = List.copyOf(digests);
    }
}

package dev.lectern.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One meeting of the reading group, from {@code content/digests/}.
 *
 * @param slug   its URL name: the file name, such as {@code 2026-11-18-on-policy-distillation}
 * @param date   the day of the meeting
 * @param title  its title
 * @param hosts  who leads it, may be empty
 * @param status whether it is still to come or was held
 * @param time   when it starts, as written, or null
 * @param place  where it is, or null
 * @param papers the papers discussed, in the order of the meeting
 * @param notes  the Markdown notes, may be empty
 * @param file   the file it comes from, for messages
 */
public record Digest(String slug, LocalDate date, String title, List<String> hosts, Status status, String time,
                     String place, List<Discussed> papers, String notes, String file) {

    public Digest {
        hosts = List.copyOf(hosts);
        papers = List.copyOf(papers);
    }

    /** Whether the meeting is still to come or was held. */
    public enum Status {
        UPCOMING, HELD;

        /** How front matter writes it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A paper on the meeting's agenda.
     *
     * @param paperSlug the paper
     * @param note      a line about it (Markdown), may be empty
     * @param questions questions for the discussion (Markdown)
     */
    public record Discussed(String paperSlug, String note, List<String> questions) {
        public Discussed {
            note = note == null ? "" : note.strip();
            questions = List.copyOf(questions);
        }
    }
}

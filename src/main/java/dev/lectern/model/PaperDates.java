package dev.lectern.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a paper appeared, as far as the input tells: the month in its arXiv id ({@code 2306.13649} appeared in
 * June 2023), else January of its year from the notes. Feeds order papers by it; it never comes from a clock.
 */
public final class PaperDates {

    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");
    private static final Pattern OLD_STYLE = Pattern.compile("[a-z][a-z-]*(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})\\d{3}");

    private PaperDates() {
    }

    /** The first day of the month or year the paper appeared, or empty when the input does not say. */
    public static Optional<LocalDate> of(Paper paper) {
        String id = paper.info().arxivId() == null ? null : PaperFinder.arxivId(paper.info().arxivId()).orElse(null);
        if (id != null) {
            Matcher m = NEW_STYLE.matcher(id);
            if (m.matches()) {
                return monthOf(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = OLD_STYLE.matcher(id);
            if (m.matches()) {
                int yy = Integer.parseInt(m.group(1));
                return monthOf(yy >= 91 ? 1900 + yy : 2000 + yy, Integer.parseInt(m.group(2)));
            }
        }
        Integer year = paper.info().year();
        return year != null && year > 0 && year < 10_000 ? Optional.of(LocalDate.of(year, 1, 1)) : Optional.empty();
    }

    private static Optional<LocalDate> monthOf(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(LocalDate.of(year, month, 1)) : Optional.empty();
    }
}

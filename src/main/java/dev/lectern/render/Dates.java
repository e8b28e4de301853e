package dev.lectern.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages show them, in the theme's language: {@code Wednesday 18 November 2026}, {@code November 2026}. */
final class Dates {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String full(LocalDate date) {
        return FULL.format(date);
    }

    static String abbreviated(LocalDate date) {
        return SHORT.format(date);
    }

    static String month(LocalDate date) {
        return MONTH.format(date);
    }
}

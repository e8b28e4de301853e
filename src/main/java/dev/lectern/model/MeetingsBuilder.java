package dev.lectern.model;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.load.DigestFront;
import dev.lectern.load.DigestSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the digest files into {@link Meetings}: checks dates and status, and resolves every paper reference to a
 * paper of the site, reporting a reference that matches none or several at its own line with the closest
 * candidates.
 */
final class MeetingsBuilder {

    /** {@code 2026-11-18-on-policy-distillation}: the date a digest file's name starts with. */
    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:-.*)?");
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ReadingGroupInput input;
    private final PaperLookup papers;
    private final Diagnostics diagnostics;

    private MeetingsBuilder(ReadingGroupInput input, List<Paper> papers, Diagnostics diagnostics) {
        this.input = input;
        this.papers = PaperLookup.of(papers);
        this.diagnostics = diagnostics;
    }

    static Meetings build(ReadingGroupInput input, List<Paper> papers, Diagnostics diagnostics) {
        MeetingsBuilder builder = new MeetingsBuilder(input, papers, diagnostics);
        List<Digest> digests = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (DigestSource source : input.digests()) {
            builder.digest(source).ifPresent(d -> {
                String earlier = slugs.putIfAbsent(d.slug(), d.file());
                if (earlier != null) {
                    diagnostics.error(Location.of(Path.of(d.file())), "two digests have the URL name '" + d.slug()
                            + "' (the other is " + earlier + ")", "rename one of the files");
                } else {
                    digests.add(d);
                }
            });
        }
        return new Meetings(digests, input.today(), input.group());
    }

    private Optional<Digest> digest(DigestSource source) {
        Path file = source.doc().file();
        DigestFront front = source.doc().front();
        String name = source.doc().name();
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
            diagnostics.error(Location.of(file), "a digest file needs a name with letters or digits",
                    "name it <yyyy-mm-dd>-<slug>.md, such as 2026-11-18-on-policy-distillation.md");
            return Optional.empty();
        }
        Matcher dated = DATED_NAME.matcher(name);
        LocalDate nameDate = dated.matches() ? parseDate(dated.group(1)) : null;
        LocalDate date;
        if (front.date() != null && !front.date().isBlank()) {
            date = parseDate(front.date().strip());
            if (date == null) {
                diagnostics.error(at(source, "date"), "'" + front.date().strip() + "' is not a date",
                        "write the meeting's day as yyyy-mm-dd, such as 2026-11-18");
                return Optional.empty();
            }
            if (nameDate != null && !nameDate.equals(date)) {
                diagnostics.warning(at(source, "date"), "the meeting is dated " + date
                                + " but its file name starts with " + nameDate,
                        "the page keeps the file's name in its URL; rename the file unless that URL was already shared");
            }
        } else if (nameDate != null) {
            date = nameDate;
        } else {
            diagnostics.error(Location.of(file, 1), "the digest has no date",
                    "add `date: yyyy-mm-dd` to its front matter, or start the file name with the date");
            return Optional.empty();
        }
        Digest.Status status = status(source);
        if (status == null) {
            return Optional.empty();
        }
        if (status == Digest.Status.HELD && date.isAfter(input.today())) {
            diagnostics.warning(at(source, "date"), "the meeting is marked held but dated " + date
                    + ", after today (" + input.today() + ")", "check the date, or set `status: upcoming`");
        }
        String title = front.title() == null || front.title().isBlank()
                ? "Reading group, " + TITLE_DATE.format(date) : front.title().strip();
        List<Digest.Discussed> discussed = new ArrayList<>();
        List<DigestFront.PaperEntry> entries = front.papers();
        for (int i = 0; i < entries.size(); i++) {
            DigestFront.PaperEntry entry = entries.get(i);
            Location where = Location.of(file, source.paperLine(i));
            PaperLookup.Resolution found = papers.resolve(entry.ref());
            if (!found.found()) {
                String ref = entry.ref() == null ? "" : entry.ref().strip();
                diagnostics.error(where, (ref.isEmpty() ? "a paper without a reference" : "paper reference \u201c"
                        + ref + "\u201d matches no single paper") + ": " + found.problem(), found.hint());
                continue;
            }
            String paperSlug = found.paper().slug();
            if (discussed.stream().anyMatch(d -> d.paperSlug().equals(paperSlug))) {
                diagnostics.warning(where, "the paper \u201c" + found.paper().title() + "\u201d is on this digest twice",
                        "remove one of the two entries; the page lists it once");
                continue;
            }
            discussed.add(new Digest.Discussed(paperSlug, entry.note(), entry.questions()));
        }
        ReadingGroup group = input.group();
        return Optional.of(new Digest(slug, date, title, front.hosts(), status,
                blankOr(front.time(), group.meetingTime()), blankOr(front.place(), group.place()), discussed,
                source.doc().body().strip(), file.toString()));
    }

    private Digest.Status status(DigestSource source) {
        String status = source.doc().front().status();
        if (status == null || status.isBlank()) {
            diagnostics.error(Location.of(source.doc().file(), 1), "the digest has no status",
                    "add `status: upcoming` to its front matter, and change it to `status: held` after the meeting");
            return null;
        }
        for (Digest.Status s : Digest.Status.values()) {
            if (s.word().equalsIgnoreCase(status.strip())) {
                return s;
            }
        }
        diagnostics.error(at(source, "status"), "unknown status '" + status.strip() + "'",
                "write `status: upcoming` before the meeting and `status: held` after it");
        return null;
    }

    private static Location at(DigestSource source, String key) {
        return Location.of(source.doc().file(), source.lineOf(key));
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}

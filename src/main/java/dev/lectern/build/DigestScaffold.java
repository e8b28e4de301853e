package dev.lectern.build;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.model.Digest;
import dev.lectern.model.Meetings;
import dev.lectern.model.Paper;
import dev.lectern.model.PaperLookup;
import dev.lectern.model.Site;
import dev.lectern.model.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a new digest file ({@code lectern new digest}): dated on the reading group's next meeting day unless told
 * otherwise, with the papers' references checked against the site before anything is written. Never overwrites.
 */
public final class DigestScaffold {

    /** The title of a meeting whose papers do not name it. */
    static final String DEFAULT_TITLE = "Reading group";

    private final Path site;
    private final Clock clock;

    public DigestScaffold(Path site, Clock clock) {
        this.site = site.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * What to create.
     *
     * @param date   the meeting's day, or null for the next meeting day of site.yml
     * @param title  its title, or null to name it after its paper
     * @param papers paper references: arXiv ids, slugs or the first words of abstracts
     * @param hosts  who leads it
     */
    public record Request(LocalDate date, String title, List<String> papers, List<String> hosts) {
        public Request {
            papers = papers == null ? List.of() : List.copyOf(papers);
            hosts = hosts == null ? List.of() : List.copyOf(hosts);
        }
    }

    /**
     * What happened.
     *
     * @param file        the digest file written, or null
     * @param diagnostics problems of the site that kept it from being read, or that it has anyway
     * @param problems    what is wrong with the request, each a message and a hint; nothing was written then
     * @param notes       what the user should know about a file that was written (such as a moved date)
     */
    public record Outcome(Path file, Diagnostics diagnostics, List<Problem> problems, List<String> notes) {
        public boolean written() {
            return file != null;
        }
    }

    /** Something wrong with the request: what, and what to do. */
    public record Problem(String message, String hint) {
    }

    /** Checks the request against the site and writes the digest file, unless a file of that name exists. */
    public Outcome create(Request request) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(site)) {
            diagnostics.error(Location.of(site), "the site folder does not exist or is not a folder",
                    "pass the folder that holds site.yml and seeds/ with --site");
            return new Outcome(null, diagnostics, problems, notes);
        }
        Optional<Site> model = new SiteBuild(site, site.resolve("_site"), line -> { }, clock).model(diagnostics);
        if (model.isEmpty()) {
            return new Outcome(null, diagnostics, problems, notes);
        }
        Site built = model.get();
        PaperLookup lookup = PaperLookup.of(built.papers());
        List<Paper> papers = new ArrayList<>();
        for (String ref : request.papers()) {
            PaperLookup.Resolution found = lookup.resolve(ref);
            if (!found.found()) {
                problems.add(new Problem("--paper \u201c" + ref.strip() + "\u201d: " + found.problem(), found.hint()));
            } else if (papers.contains(found.paper())) {
                problems.add(new Problem("--paper \u201c" + ref.strip() + "\u201d names \u201c" + found.paper().title()
                        + "\u201d a second time", "give each paper once"));
            } else {
                papers.add(found.paper());
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, diagnostics, problems, notes);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date() != null ? request.date() : meetingDay(built.meetings(), today, notes);
        String title = request.title() != null && !request.title().isBlank() ? request.title().strip()
                : papers.size() == 1 ? papers.get(0).title() : DEFAULT_TITLE;
        String slug = Slugs.slugOr(title, "meeting");
        Path folder = site.resolve("content").resolve("digests");
        Path file = folder.resolve(date + "-" + slug + ".md");
        if (Files.exists(file)) {
            problems.add(new Problem(site.relativize(file) + " already exists",
                    "edit that file, or give this meeting another --title or --date"));
            return new Outcome(null, diagnostics, problems, notes);
        }
        Files.createDirectories(folder);
        Digest.Status status = date.isBefore(today) ? Digest.Status.HELD : Digest.Status.UPCOMING;
        try {
            Files.writeString(file, text(date, title, request.hosts(), status, papers), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            problems.add(new Problem(site.relativize(file) + " already exists",
                    "edit that file, or give this meeting another --title or --date"));
            return new Outcome(null, diagnostics, problems, notes);
        }
        return new Outcome(file, diagnostics, problems, notes);
    }

    /**
     * The next meeting day of site.yml that has no digest yet, from today; today when site.yml names no meeting
     * day.
     */
    private static LocalDate meetingDay(Meetings meetings, LocalDate today, List<String> notes) {
        if (meetings.group().meetingDay() == null) {
            notes.add("site.yml names no meeting day, so the digest is dated today; set `reading-group: "
                    + "meeting-day:` or pass --date");
            return today;
        }
        LocalDate day = meetings.group().nextMeetingDay(today);
        while (hasDigestOn(meetings, day)) {
            LocalDate taken = day;
            day = day.plusWeeks(1);
            notes.add(taken + " already has a digest, so this one is dated " + day);
        }
        return day;
    }

    private static boolean hasDigestOn(Meetings meetings, LocalDate day) {
        return meetings.all().stream().anyMatch(d -> d.date().equals(day));
    }

    /** The digest file: front matter to fill in, with comments that say what goes where, and no notes yet. */
    static String text(LocalDate date, String title, List<String> hosts, Digest.Status status, List<Paper> papers) {
        StringBuilder s = new StringBuilder();
        s.append("---\n");
        s.append("date: ").append(date).append('\n');
        s.append("title: ").append(quoted(title)).append('\n');
        commented(s, "hosts: [" + String.join(", ", hosts.stream().map(DigestScaffold::quoted).toList()) + "]",
                "who leads the meeting");
        commented(s, "status: " + status.word(), "upcoming before the meeting, held after it");
        if (papers.isEmpty()) {
            commented(s, "papers: []", "- ref: an arXiv id, a paper's slug or the first words of its abstract");
        } else {
            s.append("papers:\n");
            for (Paper paper : papers) {
                String ref = paper.info().arxivId() != null ? paper.info().arxivId() : paper.slug();
                commented(s, "  - ref: " + quoted(ref), oneLine(paper.title()));
                commented(s, "    note: \"\"", "who presents it, what to read first");
                commented(s, "    questions: []", "[\"A question for the discussion?\"]");
            }
        }
        s.append("# The notes of the meeting go below the closing ---, in Markdown: tables, footnotes,\n");
        s.append("# $math$, and task lists for action items (- [ ] ...).\n");
        s.append("---\n");
        return s.toString();
    }

    /** A YAML line with a comment, the comments of a file lined up. */
    private static void commented(StringBuilder s, String line, String comment) {
        s.append(line).append(" ".repeat(Math.max(1, 28 - line.length()))).append("# ").append(comment).append('\n');
    }

    /** A YAML double-quoted string. */
    static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

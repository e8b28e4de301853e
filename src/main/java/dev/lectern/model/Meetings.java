package dev.lectern.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reading group's meetings and what depends on the day: which meeting is next, which were held. "Today" is
 * given, not read from a clock, so that the model stays a pure function of its input.
 */
public final class Meetings {

    /** Oldest first; meetings on one day by slug. */
    static final Comparator<Digest> CHRONOLOGICAL = Comparator.comparing(Digest::date).thenComparing(Digest::slug);

    private final List<Digest> all;
    private final LocalDate today;
    private final ReadingGroup group;
    private final Map<String, Digest> bySlug = new LinkedHashMap<>();
    /** Paper slug to the meetings that discussed it, newest first. */
    private final Map<String, List<Digest>> byPaper = new HashMap<>();

    Meetings(List<Digest> digests, LocalDate today, ReadingGroup group) {
        this.all = digests.stream().sorted(CHRONOLOGICAL).toList();
        this.today = today;
        this.group = group;
        all.forEach(d -> bySlug.put(d.slug(), d));
        for (int i = all.size() - 1; i >= 0; i--) {
            Digest d = all.get(i);
            d.papers().forEach(p -> byPaper.computeIfAbsent(p.paperSlug(), k -> new ArrayList<>()).add(d));
        }
    }

    /** A site without meetings. */
    public static Meetings none() {
        return new Meetings(List.of(), LocalDate.EPOCH, ReadingGroup.NONE);
    }

    /** Every digest, oldest first. */
    public List<Digest> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The day the site was built for. */
    public LocalDate today() {
        return today;
    }

    public ReadingGroup group() {
        return group;
    }

    public Optional<Digest> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Meetings marked upcoming on or after today, soonest first. */
    public List<Digest> upcoming() {
        return all.stream().filter(this::isUpcoming).toList();
    }

    /** The first of {@link #upcoming()}. */
    public Optional<Digest> next() {
        return all.stream().filter(this::isUpcoming).findFirst();
    }

    /** Every meeting that is not {@link #upcoming()}, newest first. */
    public List<Digest> past() {
        return all.stream().filter(d -> !isUpcoming(d)).sorted(CHRONOLOGICAL.reversed()).toList();
    }

    /** The newest meeting that was held, not later than today. */
    public Optional<Digest> latest() {
        return past().stream()
                .filter(d -> d.status() == Digest.Status.HELD && !d.date().isAfter(today))
                .findFirst();
    }

    /** Whether {@code digest} is still to come: marked upcoming, and not dated before today. */
    public boolean isUpcoming(Digest digest) {
        return digest.status() == Digest.Status.UPCOMING && !digest.date().isBefore(today);
    }

    /** The meetings that discussed (or will discuss) the paper, newest first. */
    public List<Digest> discussing(String paperSlug) {
        return List.copyOf(byPaper.getOrDefault(paperSlug, List.of()));
    }

    /** The meetings that discussed any of {@code paperSlugs}, newest first. */
    public List<Digest> discussingAny(Collection<String> paperSlugs) {
        Set<Digest> found = new HashSet<>();
        for (String slug : paperSlugs) {
            found.addAll(byPaper.getOrDefault(slug, List.of()));
        }
        return found.stream().sorted(CHRONOLOGICAL.reversed()).toList();
    }

    /** The meeting before {@code digest} in time, if any. */
    public Optional<Digest> before(Digest digest) {
        int i = all.indexOf(digest);
        return i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
    }

    /** The meeting after {@code digest} in time, if any. */
    public Optional<Digest> after(Digest digest) {
        int i = all.indexOf(digest);
        return i >= 0 && i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
    }
}

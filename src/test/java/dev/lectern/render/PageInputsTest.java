package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostics;
import dev.lectern.Fingerprint;
import dev.lectern.build.SiteBuild;
import dev.lectern.model.Digest;
import dev.lectern.model.Listing;
import dev.lectern.model.Page;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import dev.lectern.model.SiteInfo;
import dev.lectern.model.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What lets a rebuild skip building a view: over the default site (every kind of page: papers, listings, topics,
 * pages, digests and their e-mail editions) and edits of every kind of source, a page whose
 * inputs ({@link PageInputs}) have the same fingerprint as before always has the same view; and the inputs are
 * narrow enough that an edit of one paper leaves most pages' inputs as they were.
 */
class PageInputsTest {

    /** The day before the default site's next meeting. */
    private static final Clock BEFORE = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    /** After it: the meeting is no longer upcoming. */
    private static final Clock AFTER = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path site;
    private Map<String, Fingerprints> original;

    /** A page's two fingerprints: of what its view is built from, and of the view. */
    private record Fingerprints(long inputs, long view) {
    }

    @BeforeEach
    void theDefaultSite() throws IOException {
        site = temp.resolve("site");
        copy(Path.of("site.yml"), site.resolve("site.yml"));
        copy(Path.of("seeds"), site.resolve("seeds"));
        copy(Path.of("content"), site.resolve("content"));
        original = pages(BEFORE);
    }

    @Test
    void anEditedNoteChangesTheInputsOfItsPaperAndOfNoPageThatDoesNotShowIt() throws IOException {
        Path note = site.resolve("content/papers/2006.00979.md");
        Files.writeString(note, Files.readString(note) + "\nWe ran its **distributed** agents on our cluster.\n");
        Map<String, Fingerprints> edited = pages(BEFORE);
        List<String> changedInputs = sameViewForSameInputs(edited);
        String paper = paperWithNotes(edited, "distributed");
        assertTrue(changedInputs.contains(paper), changedInputs.toString());
        assertFalse(changedInputs.contains("papers.bib"), "notes are not in the BibTeX file, which is kept");
        // the notes show on the paper's page only, but the paper is whole in the inputs of the pages that show it
        assertTrue(changedInputs.size() < original.size() / 4, changedInputs + " of " + original.size());
        assertNotEquals(original.get(paper).view(), edited.get(paper).view());
    }

    @Test
    void aRetitledPaperChangesEveryPageThatShowsItsTitle() throws IOException {
        // a paper discussed at a meeting with another; its slug (the title's first 60 characters) stays, so no link
        // to it changes
        Path note = site.resolve("content/papers/2306.13649.md");
        Files.writeString(note, Files.readString(note).replace("Self-Generated Mistakes\"", "Self-Generated Errors\""));
        Map<String, Fingerprints> edited = pages(BEFORE);
        assertEquals(original.keySet(), edited.keySet());
        List<String> changedViews = changedViews(edited);
        // its page, its listings and topics, its neighbours, the papers it is related to, the other paper of its
        // meeting: each shows its title
        assertTrue(changedViews.size() > 5, changedViews.toString());
        assertTrue(changedViews.contains("papers.bib"), changedViews.toString());
        List<String> changedInputs = sameViewForSameInputs(edited);
        assertTrue(changedInputs.size() < original.size() / 2, changedInputs + " of " + original.size());
    }

    @Test
    void anEditedAbstractKeepsTheRule() throws IOException {
        Path listing = site.resolve("seeds/000_d26b3d899c0a30f3.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(listing));
        String line = lines.get(3); // its end: the start is what its notes match it by
        int last = line.lastIndexOf(' ');
        lines.set(3, line.substring(0, last) + " indeed" + line.substring(last));
        Files.write(listing, lines);
        Map<String, Fingerprints> edited = pages(BEFORE);
        assertFalse(changedViews(edited).isEmpty());
        sameViewForSameInputs(edited);
    }

    @Test
    void siteWideEditsChangeTheInputsOfEveryPage() throws IOException {
        Path yml = site.resolve("site.yml");
        String config = Files.readString(yml);
        for (String[] edit : List.of(
                new String[] {"title: \"RLHF, regularized RL and distillation\"", "title: \"RLHF and friends\""},
                new String[] {"name: \"Offline RL\"", "name: \"Offline reinforcement learning\""},
                new String[] {"place: \"Room 3.07 and online\"", "place: \"Room 4.01\""})) {
            assertTrue(config.contains(edit[0]), edit[0]);
            Files.writeString(yml, config.replace(edit[0], edit[1]));
            Map<String, Fingerprints> edited = pages(BEFORE);
            assertFalse(changedViews(edited).isEmpty(), edit[1]);
            sameViewForSameInputs(edited);
        }
    }

    @Test
    void anEditedDigestOrAnotherDayKeepTheRule() throws IOException {
        Path digest = site.resolve("content/digests/2026-11-18-on-policy-distillation.md");
        Files.writeString(digest, Files.readString(digest).replace("Amira presented the method",
                "Amira presented the whole method"));
        Map<String, Fingerprints> edited = pages(BEFORE);
        assertFalse(changedViews(edited).isEmpty());
        sameViewForSameInputs(edited);

        Map<String, Fingerprints> later = pages(AFTER);
        original = edited;
        assertFalse(changedViews(later).isEmpty(), "the next meeting is held by then");
        sameViewForSameInputs(later);
    }

    @Test
    void aPaperWhoseCitationKeyIsTakenByAnotherChangesItsInputs() {
        // nothing links the two papers but their BibTeX keys: the second's becomes lee2020scalingb
        Paper first = BibtexTest.paper("a", "Scaling Laws", false, List.of("Ann Lee"), 2019, null);
        Paper second = BibtexTest.paper("b", "Scaling Up", false, List.of("Bo Lee"), 2020, null);
        Paper taken = BibtexTest.paper("a", "Scaling Laws", false, List.of("Ann Lee"), 2020, null);
        Fingerprints before = paperPage(first, second);
        Fingerprints after = paperPage(taken, second);
        assertNotEquals(before.view(), after.view());
        assertNotEquals(before.inputs(), after.inputs());
    }

    /** The fingerprints of the second paper's page, on a site of these two papers. */
    private static Fingerprints paperPage(Paper first, Paper second) {
        Site model = new Site(new SiteInfo("T", "", "https://x.org/", "en"), List.of(), List.of(first, second),
                List.of(), List.of());
        ViewFactory views = new ViewFactory(model, new Markdown(false));
        return new Fingerprints(new PageInputs(model, views, false).paper(second),
                new ViewFingerprint().of("paper.ftlh", views.paper(second)));
    }

    /**
     * Asserts that every page whose inputs kept their fingerprint kept its view's; returns the pages whose inputs
     * changed.
     */
    private List<String> sameViewForSameInputs(Map<String, Fingerprints> edited) {
        List<String> changed = new ArrayList<>();
        original.forEach((page, before) -> {
            Fingerprints after = edited.get(page);
            if (after == null) {
                changed.add(page); // a paper whose slug changed with its title
            } else if (before.inputs() == after.inputs()) {
                assertEquals(before.view(), after.view(), page + ": same inputs, so the same view");
            } else {
                changed.add(page);
            }
        });
        return changed;
    }

    private List<String> changedViews(Map<String, Fingerprints> edited) {
        return original.keySet().stream()
                .filter(p -> !edited.containsKey(p) || original.get(p).view() != edited.get(p).view()).toList();
    }

    private String paperWithNotes(Map<String, Fingerprints> pages, String word) throws IOException {
        Site model = model(BEFORE);
        return model.papers().stream().filter(p -> p.info().notes().contains(word))
                .map(p -> "paper " + p.slug()).filter(pages::containsKey).findFirst().orElseThrow();
    }

    /** Each paper, listing and topic page of the site as it is now, with its fingerprints. */
    private Map<String, Fingerprints> pages(Clock clock) throws IOException {
        Site model = model(clock);
        ViewFactory views = new ViewFactory(model, new Markdown(false));
        PageInputs inputs = new PageInputs(model, views, false);
        ViewFingerprint fingerprints = new ViewFingerprint();
        Map<String, Fingerprints> pages = new TreeMap<>();
        for (Paper p : model.papers()) {
            pages.put("paper " + p.slug(),
                    new Fingerprints(inputs.paper(p), fingerprints.of("paper.ftlh", views.paper(p))));
        }
        for (Listing l : model.listings()) {
            pages.put("listing " + l.slug(),
                    new Fingerprints(inputs.listing(l), fingerprints.of("listing.ftlh", views.listing(l))));
        }
        for (Topic t : model.topics()) {
            // two papers a page, so that the edits move papers between a topic's pages
            for (Pager.Slice slice : Pager.Slice.of(t.paperSlugs().size(), 2)) {
                pages.put("topic " + t.slug() + " page " + slice.number(), new Fingerprints(inputs.topic(t, slice),
                        fingerprints.of("topic.ftlh", views.topic(t, slice))));
            }
        }
        pages.put("home", siteWide(inputs, "index.ftlh", "index.html", views.index()));
        pages.put("topics", siteWide(inputs, "topics.ftlh", "topics/index.html", views.topics()));
        pages.put("search", siteWide(inputs, "search.ftlh", "search/index.html", views.search()));
        pages.put("404", siteWide(inputs, "404.ftlh", "404.html", views.notFound()));
        pages.put("digests", siteWide(inputs, "digests.ftlh", "digests/index.html", views.digests()));
        for (Page p : model.pages()) {
            pages.put("page " + p.slug(), siteWide(inputs, "page.ftlh", p.slug(), views.page(p)));
        }
        // a file, not a page: its bytes stand for its view
        pages.put("papers.bib", new Fingerprints(inputs.bibtex(), new Fingerprint()
                .add(new String(views.bibtex().file(model.info().title()), StandardCharsets.ISO_8859_1)).value()));
        for (Digest d : model.meetings().all()) {
            pages.put("digest " + d.slug(),
                    new Fingerprints(inputs.digest("digest.ftlh", d), fingerprints.of("digest.ftlh", views.digest(d))));
            pages.put("email " + d.slug(),
                    new Fingerprints(inputs.digest("email.ftlh", d), fingerprints.of("email.ftlh", views.email(d))));
        }
        return pages;
    }

    private static Fingerprints siteWide(PageInputs inputs, String template, String path, Object view) {
        return new Fingerprints(inputs.siteWide(template, path), new ViewFingerprint().of(template, view));
    }

    private Site model(Clock clock) {
        Diagnostics diagnostics = new Diagnostics();
        Site model = new SiteBuild(site, temp.resolve("out"), line -> { }, clock).model(diagnostics).orElseThrow();
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return model;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}

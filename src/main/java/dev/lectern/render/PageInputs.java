package dev.lectern.render;

import dev.lectern.EveryCore;
import dev.lectern.Fingerprint;
import dev.lectern.Lazy;
import dev.lectern.model.Digest;
import dev.lectern.model.Listing;
import dev.lectern.model.Meetings;
import dev.lectern.model.Paper;
import dev.lectern.model.PaperInfo;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Fingerprints of what the view of each page (and each file made from the model: search index, feeds,
 * {@code papers.bib}) is built from, taken from the model without building the view: with the same templates and
 * code, the same inputs make the same view, so a rebuild keeps such a page without building its view at all (at
 * 100,000 papers, building and fingerprinting every view was half of a rebuild).
 *
 * <p>Each is deliberately wider than what its view reads: all of the site but its papers (the site-wide part), and,
 * whole, every paper the view shows anything of. A change anywhere outside the papers therefore builds every view
 * again, and a changed paper builds the views of the pages that show it. {@code PageInputsTest} checks, over edited
 * sites, that pages with the same inputs have the same views.
 */
final class PageInputs {

    private final Site site;
    private final ViewFactory views;
    private final ViewFingerprint fingerprints = new ViewFingerprint();
    /** All of the site but its papers, and how Markdown is rendered. */
    private final long siteWide;
    /**
     * Each paper's fingerprint by its index in the site, taken once (0 until then): a paper shows on its own page,
     * its listings, topics and neighbours. An array, not a map by slug: at 100,000 papers the pages look papers up
     * millions of times.
     */
    private final AtomicLongArray papers;
    /** The fingerprint of every paper, in order. */
    private final Lazy<Long> allPapers;

    /** @param views the factory of the views these are the inputs of */
    PageInputs(Site site, ViewFactory views, boolean allowRawHtml) {
        this.site = site;
        this.views = views;
        Meetings meetings = site.meetings();
        List<Object> parts = new ArrayList<>();
        parts.add(site.info());
        parts.add(allowRawHtml);
        parts.add(site.listings());
        parts.add(site.topics());
        parts.add(site.pages());
        parts.add(meetings.all());
        parts.add(meetings.group());
        // "today" decides which meeting is next, but only matters to a site with meetings
        parts.add(meetings.isEmpty() ? null : meetings.today());
        this.siteWide = fingerprints.of("site", parts);
        this.papers = new AtomicLongArray(site.papers().size());
        // every page's inputs hold the fingerprints of papers, and the search index's and feeds' those of all:
        // taken here on every core, not where they are first needed (the search index's task took them on one
        // core for 0.35 s of a rebuild at 100,000 papers, while the feeds' task on the other waited for them)
        EveryCore.run(site.papers().size(), this::ofIndex);
        this.allPapers = Lazy.of(() -> {
            Fingerprint all = new Fingerprint().add(site.papers().size());
            for (int i = 0; i < site.papers().size(); i++) {
                all.add(ofIndex(i));
            }
            return all.value();
        });
    }

    /**
     * What {@link ViewFactory#paper} reads: the paper, its related papers (their cards), the papers before and after
     * it in each listing, the papers of the meetings that discussed it (their titles), and its BibTeX key (which
     * depends on the papers with the same author, year and first word; the rest of its entry on the paper itself).
     */
    long paper(Paper paper) {
        Fingerprint inputs = start("paper.ftlh").add(of(paper)).add(views.bibtex().key(paper));
        for (String slug : paper.related()) {
            inputs.add(of(slug));
        }
        for (String listingSlug : paper.listingSlugs()) {
            List<String> slugs = site.listing(listingSlug).paperSlugs();
            int at = views.position(listingSlug, paper.slug());
            inputs.add(at > 0 ? of(slugs.get(at - 1)) : 0);
            inputs.add(at >= 0 && at < slugs.size() - 1 ? of(slugs.get(at + 1)) : 0);
        }
        return papersOf(inputs, site.meetings().discussing(paper.slug())).value();
    }

    /** What {@link ViewFactory#listing} reads: the listing's papers (their cards). */
    long listing(Listing listing) {
        return cards(start("listing.ftlh").add(listing.slug()), listing.paperSlugs());
    }

    /**
     * What {@link ViewFactory#topic} reads for one of the topic's pages: the papers it shows (their cards), where
     * it stands among the topic's pages, and on the first page the papers of the meetings that discussed any of the
     * topic's papers (their titles).
     */
    long topic(Topic topic, Pager.Slice slice) {
        Fingerprint inputs = start("topic.ftlh").add(topic.slug()).add(slice.number()).add(slice.count())
                .add(slice.total());
        if (slice.number() == 1) {
            papersOf(inputs, site.meetings().discussingAny(topic.paperSlugs()));
        }
        return cards(inputs, slice.of(topic.paperSlugs()));
    }

    /**
     * What the views of the site-wide pages read (home, topics, search, 404, the pages from {@code content/pages}, the
     * digests index): the site without its papers, their number, and the papers of every meeting (the home page and
     * the digests index show their titles). {@code path} tells the pages apart.
     */
    long siteWide(String template, String path) {
        return papersOf(start(template).add(path).add(site.papers().size()), site.meetings().all()).value();
    }

    /** What {@link ViewFactory#digest} and {@link ViewFactory#email} read: the meeting's papers, and the others'. */
    long digest(String template, Digest digest) {
        return papersOf(start(template).add(digest.slug()), site.meetings().all()).value();
    }

    /**
     * What a file made from the whole model reads (the search index, the feeds): the site and every paper.
     * {@code path} tells the files apart.
     */
    long everything(String path) {
        return start("everything").add(path).add(allPapers.get()).value();
    }

    /**
     * What {@code papers.bib} is made from: the site-wide part (its title and base URL) and, of each paper, its
     * slug, BibTeX key and the fields of its entry; not its abstract, topics or notes, so that an edit of those
     * keeps the file (at 100,000 papers, making it again took half a second of CPU in every rebuild).
     */
    long bibtex() {
        Fingerprint inputs = start("papers.bib").add(site.papers().size());
        for (Paper paper : site.papers()) {
            PaperInfo info = paper.info();
            inputs.add(paper.slug()).add(views.bibtex().key(paper)).add(paper.title())
                    .add(paper.titleDerived() ? 1 : 0).add(info.authors().size());
            info.authors().forEach(inputs::add);
            inputs.add(info.year() == null ? -1 : info.year());
            optional(inputs, info.venue());
            optional(inputs, info.arxivId());
            optional(inputs, info.arxivUrl());
        }
        return inputs.value();
    }

    private static void optional(Fingerprint inputs, String value) {
        if (value == null) {
            inputs.add(0);
        } else {
            inputs.add(1).add(value);
        }
    }

    /** {@code inputs} with the papers of {@code meetings} added. */
    private Fingerprint papersOf(Fingerprint inputs, List<Digest> meetings) {
        for (Digest digest : meetings) {
            digest.papers().forEach(d -> inputs.add(of(d.paperSlug())));
        }
        return inputs;
    }

    private long cards(Fingerprint inputs, List<String> paperSlugs) {
        inputs.add(paperSlugs.size());
        for (String slug : paperSlugs) {
            inputs.add(of(slug));
        }
        return inputs.value();
    }

    private Fingerprint start(String template) {
        return new Fingerprint().add(siteWide).add(template);
    }

    private long of(String paperSlug) {
        return ofIndex(site.paperIndex(paperSlug));
    }

    private long of(Paper paper) {
        return of(paper.slug());
    }

    /** The fingerprint of the paper at {@code index} in the site's papers. */
    private long ofIndex(int index) {
        long known = papers.get(index);
        if (known != 0) {
            return known;
        }
        // two threads may take the same paper's fingerprint at once: both are equal
        long fingerprint = fingerprints.of("paper", site.papers().get(index));
        papers.set(index, fingerprint);
        return fingerprint;
    }
}

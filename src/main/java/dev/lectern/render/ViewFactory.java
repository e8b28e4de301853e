package dev.lectern.render;

import dev.lectern.model.Digest;
import dev.lectern.model.Listing;
import dev.lectern.model.Meetings;
import dev.lectern.model.Page;
import dev.lectern.model.Paper;
import dev.lectern.model.SafeUrl;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the view record of each page from the model: every link made relative to the page it appears on, every
 * text ready to print, every piece of HTML already rendered. Templates only lay these out.
 */
final class ViewFactory {

    /** Topics the home page shows. */
    static final int HOME_TOPICS = 12;
    /** Listings up to this many get an entry of their own in the navigation bar. */
    static final int NAV_LISTINGS = 4;
    /**
     * Longer labels of listings are shortened in the navigation bar, so that it stays one row on a desktop (a
     * listing's {@code nav-title} in site.yml gives a better short form than the cut).
     */
    static final int NAV_LABEL_CHARS = 28;
    /** The topics the map shows, the largest; more would not be readable. */
    static final int MAP_TOPICS = 40;
    /** Longer names are shortened on the map. */
    static final int MAP_LABEL_CHARS = 32;
    /** Topics a listing's filter shows at once; the others fold away under "more topics". */
    static final int FILTER_TOPICS = 6;
    /**
     * Papers whose card, as related papers show it, is made once and shared, see {@link #relatedCard}; the first so
     * many of the site. A card keeps about 800 bytes beyond the model's strings and the abstract (which
     * {@link #abstractHtml} keeps anyway): 16 MB at most.
     */
    static final int SHARED_CARDS = 20_000;

    private final Site site;
    private final Markdown markdown;
    private final Bibtex bibtex;
    private final Map<String, String> abstractHtml = new ConcurrentHashMap<>();
    /**
     * Related papers' cards by the paper's index in the site, see {@link #relatedCard}: 50,000 of the 85,000 cards
     * of a 10,000-paper site. Only for the first {@link #SHARED_CARDS} papers, since at 100,000 papers the heap
     * (-Xmx1g) is tight.
     */
    private final AtomicReferenceArray<PaperCard> relatedCards;
    /** Listing slug to paper slug to its index in that listing; read-only once built, so pages may share it. */
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();

    ViewFactory(Site site, Markdown markdown) {
        this.site = site;
        this.markdown = markdown;
        this.relatedCards = new AtomicReferenceArray<>(Math.min(site.papers().size(), SHARED_CARDS));
        this.bibtex = Bibtex.of(site, p -> SitePaths.absolute(site.info().baseUrl(), SitePaths.paper(p.slug())));
        for (Listing listing : site.listings()) {
            Map<String, Integer> index = new HashMap<>();
            List<String> slugs = listing.paperSlugs();
            for (int i = 0; i < slugs.size(); i++) {
                index.putIfAbsent(slugs.get(i), i);
            }
            positions.put(listing.slug(), index);
        }
    }

    /** Every paper's BibTeX entry, with the keys the paper pages show. */
    Bibtex bibtex() {
        return bibtex;
    }

    /** The index of the paper {@code paperSlug} in the listing {@code listingSlug}, or -1 when it is not there. */
    int position(String listingSlug, String paperSlug) {
        Integer at = positions.get(listingSlug).get(paperSlug);
        return at == null ? -1 : at;
    }

    /** The sections of the navigation bar. */
    private enum Section { HOME, LISTING, TOPICS, DIGESTS, PAGE, NONE }

    IndexView index() {
        String path = SitePaths.HOME;
        RelativeUrl url = RelativeUrl.from(path);
        List<Summary> listings = site.listings().stream().map(l -> listingSummary(l, url)).toList();
        List<Summary> topics = site.topics().stream().limit(HOME_TOPICS).map(t -> topicSummary(t, url)).toList();
        Meetings meetings = site.meetings();
        return new IndexView(chrome(path, site.info().title(), site.info().description(), Section.HOME, "", List.of()),
                markdown.toHtml(site.info().description()), site.papers().size(), listings, topics,
                new Link(url.to(SitePaths.TOPICS), site.topics().size() == 1 ? "The topic" : "All " + site.topics().size() + " topics"),
                meetings.next().map(d -> summary(d, url)).orElse(null),
                meetings.latest().map(d -> summary(d, url)).orElse(null),
                meetings.isEmpty() ? null : new Link(url.to(SitePaths.DIGESTS),
                        meetings.all().size() == 1 ? "The digest" : "All " + digestCount()));
    }

    ListingView listing(Listing listing) {
        String path = SitePaths.listing(listing.slug());
        RelativeUrl url = RelativeUrl.from(path);
        List<PaperCard> cards = cards(listing.paperSlugs(), url);
        List<ListingView.TopicFilter> filters = topicFilters(listing);
        int shown = Math.min(filters.size(), FILTER_TOPICS);
        return new ListingView(
                chrome(path, listing.title(), firstSentence(listing.description()), Section.LISTING, listing.slug(),
                        List.of(home(url))),
                listing.title(), markdown.toHtml(listing.description()), listing.file(), cards,
                filters.subList(0, shown), filters.subList(shown, filters.size()));
    }

    /** The topics of a listing's papers, most papers first, then by name; none when there is nothing to choose. */
    private List<ListingView.TopicFilter> topicFilters(Listing listing) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String slug : listing.paperSlugs()) {
            site.paper(slug).topics().forEach(a -> counts.merge(a.topicSlug(), 1, Integer::sum));
        }
        if (counts.size() < 2) {
            return List.of();
        }
        return counts.entrySet().stream()
                .map(e -> new ListingView.TopicFilter("filter-" + e.getKey(), e.getKey(),
                        site.topic(e.getKey()).name(), e.getValue()))
                .sorted(Comparator.comparing((ListingView.TopicFilter f) -> -f.count())
                        .thenComparing(ListingView.TopicFilter::name).thenComparing(ListingView.TopicFilter::slug))
                .toList();
    }

    /** For each listing of {@code paper}: its place there and the papers before and after it. */
    private List<PaperView.InListing> neighbours(Paper paper, RelativeUrl url) {
        List<PaperView.InListing> result = new ArrayList<>();
        for (String listingSlug : paper.listingSlugs()) {
            Listing listing = site.listing(listingSlug);
            List<String> slugs = listing.paperSlugs();
            int at = position(listingSlug, paper.slug());
            if (at < 0) {
                continue;
            }
            result.add(new PaperView.InListing(
                    new Link(url.to(SitePaths.listing(listingSlug) + "#" + cardId(paper.slug())), listing.title()),
                    at + 1, slugs.size(),
                    at == 0 ? null : paperLink(slugs.get(at - 1), url),
                    at == slugs.size() - 1 ? null : paperLink(slugs.get(at + 1), url)));
        }
        return List.copyOf(result);
    }

    private Link paperLink(String slug, RelativeUrl url) {
        return new Link(url.to(SitePaths.paper(slug)), site.paper(slug).title());
    }

    PaperView paper(Paper paper) {
        String path = SitePaths.paper(paper.slug());
        RelativeUrl url = RelativeUrl.from(path);
        List<PaperView.TopicChip> topics = paper.topics().stream()
                .map(a -> new PaperView.TopicChip(topicLink(a.topicSlug(), url), a.reason())).toList();
        List<PaperView.ListingLine> lines = paper.occurrences().stream()
                .map(o -> new PaperView.ListingLine(
                        new Link(url.to(SitePaths.listing(o.listingSlug()) + "#" + cardId(paper.slug())),
                                site.listing(o.listingSlug()).title()),
                        fileName(o.file()), o.line(), AbstractHtml.of(o.text()),
                        o.text().equals(paper.abstractText())))
                .toList();
        List<String> relatedSlugs = paper.related();
        PaperCard[] related = new PaperCard[relatedSlugs.size()];
        for (int i = 0; i < related.length; i++) {
            related[i] = relatedCard(relatedSlugs.get(i), paper, url);
        }
        List<Link> links = new ArrayList<>();
        if (paper.info().arxivUrl() != null) {
            links.add(new Link(paper.info().arxivUrl(), "arXiv:" + paper.info().arxivId()));
        }
        for (Map.Entry<String, String> e : paper.info().links().entrySet()) {
            boolean duplicate = links.stream().anyMatch(l -> sameUrl(l.href(), e.getValue()));
            if (SafeUrl.isSafe(e.getValue()) && !duplicate) {
                links.add(new Link(e.getValue(), e.getKey()));
            }
        }
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(home(url));
        if (!paper.occurrences().isEmpty()) {
            Listing first = site.listing(paper.occurrences().get(0).listingSlug());
            crumbs.add(new Link(url.to(SitePaths.listing(first.slug())), first.title()));
        }
        String description = truncate(paper.abstractText().plain(), 200);
        List<PaperView.Discussion> discussions = site.meetings().discussing(paper.slug()).stream()
                .map(d -> {
                    Digest.Discussed on = d.papers().stream().filter(p -> p.paperSlug().equals(paper.slug()))
                            .findFirst().orElseThrow();
                    return new PaperView.Discussion(summary(d, url), markdown.toInlineHtml(on.note()),
                            on.questions().stream().map(markdown::toInlineHtml).toList());
                })
                .toList();
        Chrome chrome = chrome(path, paper.title(), description, Section.NONE, "", crumbs).asArticle();
        List<String> topicNames = paper.topics().stream().map(a -> site.topic(a.topicSlug()).name()).toList();
        return new PaperView(chrome,
                paper.title(), paper.titleDerived(), abstractHtml(paper),
                String.join(", ", paper.info().authors()),
                paper.info().year() == null ? "" : String.valueOf(paper.info().year()),
                paper.info().venue() == null ? "" : paper.info().venue(),
                links, topics, lines, List.of(related), markdown.toHtml(paper.info().notes()), discussions,
                PaperMetadata.citationTags(paper), PaperMetadata.jsonLd(paper, chrome.canonical(), topicNames),
                bibtex.entry(paper), new Link(url.to(SitePaths.BIBTEX), "All papers (" + SitePaths.BIBTEX + ")"),
                neighbours(paper, url));
    }

    SearchView search() {
        String path = SitePaths.SEARCH;
        RelativeUrl url = RelativeUrl.from(path);
        return new SearchView(chrome(path, "Search", "Search the papers, topics and notes of " + site.info().title(),
                Section.NONE, "", List.of(home(url))).unindexed(),
                url.to(SitePaths.SEARCH_INDEX), site.papers().size(), new Link(url.to(SitePaths.TOPICS), "Topics"));
    }

    /**
     * The 404 page: GitHub Pages serves it for any missing URL at any depth, so its links start from the base URL's
     * path instead of being relative.
     */
    NotFoundView notFound() {
        String root = site.info().basePath();
        List<Link> feeds = FeedRenderer.hasFeeds(site)
                ? List.of(new Link(root + SitePaths.FEED, site.info().title() + " (Atom feed)")) : List.of();
        Chrome chrome = chrome(SitePaths.NOT_FOUND, "Page not found", "", Section.NONE, "", List.of(), feeds,
                target -> root + target, root).unindexed();
        return new NotFoundView(chrome, new Link(root + SitePaths.SEARCH, "Search"),
                new Link(root + SitePaths.TOPICS, "Topics"));
    }

    /**
     * The page of {@code topic} that shows {@code slice} of its papers. Its meetings and related topics are on the
     * first page only: the others continue its list of papers.
     */
    TopicView topic(Topic topic, Pager.Slice slice) {
        String path = SitePaths.topic(topic.slug(), slice.number());
        RelativeUrl url = RelativeUrl.from(path);
        boolean first = slice.number() == 1;
        List<PaperCard> cards = cards(slice.of(topic.paperSlugs()), url);
        List<Summary> related = !first ? List.of() : topic.related().stream()
                .map(r -> new Summary(topicLink(r.slug(), url), r.sharedPapers(), ""))
                .toList();
        TopicView.Readings readings = first ? readings(topic, url) : NO_READINGS;
        String description = descriptionOf(topic);
        List<Link> breadcrumbs = new ArrayList<>(List.of(home(url), new Link(url.to(SitePaths.TOPICS), "Topics")));
        String title = topic.name();
        if (!first) {
            breadcrumbs.add(topicLink(topic.slug(), url));
            title += " (page " + slice.number() + " of " + slice.count() + ")";
        }
        Chrome chrome = chrome(path, title, firstSentence(description), Section.TOPICS, "", List.copyOf(breadcrumbs),
                feeds(url, new Link(url.to(SitePaths.topicFeed(topic.slug())), topic.name() + " (Atom feed)")));
        return new TopicView(chrome, topic.name(), markdown.toHtml(description), topic.discovered(),
                description.equals(topic.description()) ? alsoWritten(topic) : "", cards,
                Pager.of(slice, n -> url.to(SitePaths.topic(topic.slug(), n))), related, readings,
                FeedRenderer.hasFeeds(site)
                        ? new Link(url.to(SitePaths.topicFeed(topic.slug())), "Atom feed of this topic") : null);
    }

    private static final TopicView.Readings NO_READINGS = new TopicView.Readings(0, 0, 0, "", List.of());

    /** The reading group's meetings on any of {@code topic}'s papers. */
    private TopicView.Readings readings(Topic topic, RelativeUrl url) {
        List<Digest> read = site.meetings().discussingAny(topic.paperSlugs());
        List<Digest> held = read.stream().filter(d -> !site.meetings().isUpcoming(d)).toList();
        long papersRead = held.stream().flatMap(d -> d.papers().stream()).map(Digest.Discussed::paperSlug)
                .filter(topic.paperSlugs()::contains).distinct().count();
        return new TopicView.Readings(held.size(), read.size() - held.size(), (int) papersRead,
                held.isEmpty() ? "" : Dates.full(held.get(0).date()),
                read.stream().map(d -> summary(d, url)).toList());
    }

    /** A topic's description, or for a discovered topic nobody described, what places a paper in it. */
    private static String descriptionOf(Topic topic) {
        if (!topic.description().isBlank() || !topic.discovered()) {
            return topic.description();
        }
        List<String> forms = new ArrayList<>();
        topic.phrases().forEach(p -> forms.add("\u201c" + p + "\u201d"));
        forms.addAll(topic.acronyms());
        return markdownText("Papers that mention " + String.join(" or ", forms) + ".");
    }

    /** Text that Markdown shows as written. */
    private static String markdownText(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** The phrases and acronyms of a topic other than its name, as a reader would write them. */
    private static String alsoWritten(Topic topic) {
        List<String> forms = new ArrayList<>();
        for (String form : topic.phrases()) {
            if (!form.equalsIgnoreCase(topic.name()) && forms.stream().noneMatch(form::equalsIgnoreCase)) {
                forms.add(form);
            }
        }
        for (String acronym : topic.acronyms()) {
            if (!forms.contains(acronym) && !acronym.equals(topic.name())) {
                forms.add(acronym);
            }
        }
        return String.join(", ", forms);
    }

    TopicsView topics() {
        String path = SitePaths.TOPICS;
        RelativeUrl url = RelativeUrl.from(path);
        List<Topic> sorted = site.topics().stream()
                .sorted(Comparator.comparing((Topic t) -> -t.paperSlugs().size()).thenComparing(Topic::name))
                .toList();
        List<Summary> topics = sorted.stream().map(t -> topicSummary(t, url)).toList();
        List<Topic> mapped = sorted.stream().limit(MAP_TOPICS).toList();
        Map<String, Integer> index = new HashMap<>();
        List<TopicMap.Node> nodes = new ArrayList<>();
        for (Topic t : mapped) {
            index.put(t.slug(), nodes.size());
            int n = t.paperSlugs().size();
            nodes.add(new TopicMap.Node(mapLabel(t), t.name() + ": " + n + (n == 1 ? " paper" : " papers"), n,
                    url.to(SitePaths.topic(t.slug()))));
        }
        List<TopicMap.Edge> edges = new ArrayList<>();
        for (Topic t : mapped) {
            for (Topic.RelatedTopic r : t.related()) {
                Integer a = index.get(t.slug());
                Integer b = index.get(r.slug());
                if (b != null && a < b) {
                    edges.add(new TopicMap.Edge(a, b, r.sharedPapers()));
                } else if (b != null && a > b && site.topic(r.slug()).related().stream()
                        .noneMatch(back -> back.slug().equals(t.slug()))) {
                    edges.add(new TopicMap.Edge(b, a, r.sharedPapers())); // listed on one side only
                }
            }
        }
        String note = mapped.isEmpty() ? "" : (mapped.size() < sorted.size()
                ? "The " + mapped.size() + " largest of " + sorted.size() + " topics. " : "")
                + "Each circle is a topic, sized by its papers; lines join topics that share papers.";
        String svg = TopicMap.svg(nodes, edges, "Topic map of " + site.info().title());
        return new TopicsView(chrome(path, "Topics", "All topics of " + site.info().title(), Section.TOPICS, "",
                List.of(home(url))), topics, svg, note);
    }

    /** A topic's name on the map: short enough to read, a discovered topic's acronym when its name is long. */
    static String mapLabel(Topic topic) {
        String name = topic.name();
        if (name.length() <= MAP_LABEL_CHARS) {
            return name;
        }
        if (topic.discovered() && !topic.acronyms().isEmpty()) {
            return topic.acronyms().get(0); // a discovered topic is its acronym; a configured one may be more
        }
        return shortened(name, MAP_LABEL_CHARS);
    }

    /** {@code text} itself when it has at most {@code max} characters, else cut at a space before that, with "…". */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        String head = text.substring(0, cut > max / 2 ? cut : max - 1);
        return head.replaceFirst("[\\s,;:.\u2013\u2014-]+$", "") + "\u2026";
    }

    PageView page(Page page) {
        String path = SitePaths.page(page.slug());
        RelativeUrl url = RelativeUrl.from(path);
        return new PageView(chrome(path, page.title(), page.description(), Section.PAGE, page.slug(),
                List.of(home(url))), page.title(), markdown.toHtml(page.body()));
    }

    DigestsView digests() {
        String path = SitePaths.DIGESTS;
        RelativeUrl url = RelativeUrl.from(path);
        Meetings meetings = site.meetings();
        List<DigestSummary> upcoming = meetings.upcoming().stream().map(d -> summary(d, url)).toList();
        Map<String, List<Digest>> byMonth = meetings.past().stream()
                .collect(Collectors.groupingBy(d -> d.date().withDayOfMonth(1).toString(), LinkedHashMap::new,
                        Collectors.toList()));
        List<DigestsView.Month> past = byMonth.values().stream()
                .map(ds -> new DigestsView.Month(Dates.month(ds.get(0).date()),
                        "month-" + ds.get(0).date().toString().substring(0, 7),
                        ds.stream().map(d -> summary(d, url)).toList()))
                .toList();
        return new DigestsView(chrome(path, "Digests", "The reading group's meetings: " + digestCount() + ".",
                Section.DIGESTS, "", List.of(home(url))),
                upcoming.isEmpty() ? null : upcoming.get(0), upcoming.isEmpty() ? List.of() : upcoming.subList(1,
                upcoming.size()), past,
                FeedRenderer.hasFeeds(site) ? new Link(url.to(SitePaths.FEED), "Atom feed") : null);
    }

    DigestView digest(Digest digest) {
        String path = SitePaths.digest(digest.slug());
        RelativeUrl url = RelativeUrl.from(path);
        Meetings meetings = site.meetings();
        List<DigestView.AgendaItem> papers = digest.papers().stream()
                .map(d -> new DigestView.AgendaItem(card(site.paper(d.paperSlug()), url),
                        markdown.toInlineHtml(d.note()), d.questions().stream().map(markdown::toInlineHtml).toList()))
                .toList();
        boolean email = FeedRenderer.hasFeeds(site);
        String description = Dates.full(digest.date()) + ": " + digest.papers().stream()
                .map(d -> site.paper(d.paperSlug()).title()).collect(Collectors.joining("; "));
        return new DigestView(
                chrome(path, digest.title(), truncate(description, 200), Section.DIGESTS, "",
                        List.of(home(url), new Link(url.to(SitePaths.DIGESTS), "Digests"))),
                summary(digest, url), papers, markdown.toHtml(digest.notes()),
                email ? new Link(url.to(SitePaths.digestEmail(digest.slug())), "E-mail edition") : null,
                email ? new Link(url.to(SitePaths.digestEmailText(digest.slug())), "Plain text") : null,
                meetings.before(digest).map(d -> new Link(url.to(SitePaths.digest(d.slug())), d.title())).orElse(null),
                meetings.after(digest).map(d -> new Link(url.to(SitePaths.digest(d.slug())), d.title())).orElse(null),
                new Link(url.to(SitePaths.DIGESTS), "All digests"));
    }

    /** The e-mail edition of {@code digest}; only for a site with a base URL, since every link is absolute. */
    EmailView email(Digest digest) {
        String base = site.info().baseUrl();
        String webUrl = SitePaths.absolute(base, SitePaths.digest(digest.slug()));
        DigestSummary meeting = summary(digest, RelativeUrl.from(SitePaths.digest(digest.slug())));
        List<EmailView.Item> items = new ArrayList<>();
        for (Digest.Discussed d : digest.papers()) {
            Paper paper = site.paper(d.paperSlug());
            String abstractText = paper.abstractText().plain() + (paper.abstractText().cut() ? "\u2026" : "");
            int number = items.size() + 1;
            String topics = paper.topics().stream().map(a -> site.topic(a.topicSlug()).name())
                    .collect(Collectors.joining(", "));
            items.add(new EmailView.Item(number, paper.title(), EmailText.wrap(number + ". " + paper.title(), "", "   "),
                    SitePaths.absolute(base, SitePaths.paper(paper.slug())),
                    paper.info().arxivUrl() == null ? "" : paper.info().arxivUrl(),
                    String.join(", ", paper.info().authors()),
                    EmailHtml.of(AbstractHtml.of(paper.abstractText()), webUrl),
                    EmailText.wrap(abstractText, "   ", "   "), topics,
                    topics.isEmpty() ? "" : EmailText.wrap("Topics: " + topics, "   ", "           "),
                    EmailHtml.of(markdown.toInlineHtml(d.note()), webUrl),
                    d.note().isEmpty() ? "" : EmailText.wrap("Note: " + d.note(), "   ", "   "),
                    d.questions().stream().map(q -> EmailHtml.of(markdown.toInlineHtml(q), webUrl)).toList(),
                    d.questions().stream().map(q -> EmailText.wrap(q, "   - ", "     ")).toList()));
        }
        return new EmailView(site.info().language(), site.info().title(), SitePaths.absolute(base, SitePaths.HOME),
                SitePaths.absolute(base, SitePaths.DIGESTS), webUrl, digest.title(),
                "=".repeat(Math.min(EmailText.WIDTH, digest.title().length())), meeting.date(), meeting.time(),
                meeting.place(), meeting.hosts(), meeting.status(), meeting.upcoming(), items,
                EmailHtml.of(markdown.toHtml(digest.notes()), webUrl), digest.notes());
    }

    /** A meeting as lists show it, with links relative to the page at {@code url}. */
    private DigestSummary summary(Digest digest, RelativeUrl url) {
        Meetings meetings = site.meetings();
        boolean upcoming = meetings.isUpcoming(digest);
        boolean next = meetings.next().filter(digest::equals).isPresent();
        String status = next ? "Next meeting" : upcoming ? "Upcoming"
                : digest.status() == Digest.Status.HELD ? "Held" : "Not marked as held";
        List<Link> papers = digest.papers().stream()
                .map(d -> new Link(url.to(SitePaths.paper(d.paperSlug())), site.paper(d.paperSlug()).title()))
                .toList();
        return new DigestSummary(new Link(url.to(SitePaths.digest(digest.slug())), digest.title()),
                Dates.full(digest.date()), digest.date().toString(), digest.time() == null ? "" : digest.time(),
                digest.place() == null ? "" : digest.place(), String.join(", ", digest.hosts()), status, upcoming,
                next, papers);
    }

    private String digestCount() {
        int n = site.meetings().all().size();
        return n + (n == 1 ? " digest" : " digests");
    }

    /** The HTML id of a paper's card on listing and topic pages. */
    static String cardId(String paperSlug) {
        return "paper-" + paperSlug;
    }

    /** The cards of the papers {@code slugs}, as a listing or topic page shows them. */
    private List<PaperCard> cards(List<String> slugs, RelativeUrl url) {
        PaperCard[] cards = new PaperCard[slugs.size()];
        for (int i = 0; i < cards.length; i++) {
            cards[i] = card(site.paper(slugs.get(i)), url);
        }
        return List.of(cards);
    }

    private PaperCard card(Paper paper, RelativeUrl url) {
        // loops, not streams: 85,000 cards at 10,000 papers, and with C1 alone a stream's lambdas are not inlined
        List<Paper.TopicAssignment> assigned = paper.topics();
        Link[] topics = new Link[assigned.size()];
        String[] topicSlugs = new String[assigned.size()];
        for (int i = 0; i < topics.length; i++) {
            topicSlugs[i] = assigned.get(i).topicSlug();
            topics[i] = topicLink(topicSlugs[i], url);
        }
        String id = cardId(paper.slug());
        List<String> listingSlugs = paper.listingSlugs();
        Link[] listings = new Link[listingSlugs.size()];
        for (int i = 0; i < listings.length; i++) {
            String slug = listingSlugs.get(i);
            listings[i] = new Link(url.to(SitePaths.listing(slug) + "#" + id), site.listing(slug).title());
        }
        return new PaperCard(new Link(url.to(SitePaths.paper(paper.slug())), paper.title()), id,
                abstractHtml(paper), List.of(topics), List.of(listings), List.of(topicSlugs));
    }

    /**
     * The card of the paper {@code slug} as the page of another paper, at {@code url}, shows it among its related
     * papers. Every paper page is at {@code papers/<slug>/} and paper slugs hold no {@code /}, so the card is the
     * same from any of them but its own paper's: it is made once and shared.
     */
    private PaperCard relatedCard(String slug, Paper from, RelativeUrl url) {
        int index = site.paperIndex(slug);
        if (index >= relatedCards.length() || slug.equals(from.slug())) {
            return card(site.paper(slug), url);
        }
        PaperCard card = relatedCards.get(index);
        if (card == null) {
            // two pages may make the same card at once: both are equal
            card = card(site.papers().get(index), url);
            relatedCards.set(index, card);
        }
        return card;
    }

    /** A paper's abstract as HTML, made once: it shows on its page and on every card of it. */
    private String abstractHtml(Paper paper) {
        return abstractHtml.computeIfAbsent(paper.slug(), slug -> AbstractHtml.of(paper.abstractText()));
    }

    private Link topicLink(String slug, RelativeUrl url) {
        return new Link(url.to(SitePaths.topic(slug)), site.topic(slug).name());
    }

    private Summary listingSummary(Listing listing, RelativeUrl url) {
        return new Summary(new Link(url.to(SitePaths.listing(listing.slug())), listing.title()),
                listing.paperSlugs().size(), markdown.toHtml(listing.description()));
    }

    private Summary topicSummary(Topic topic, RelativeUrl url) {
        return new Summary(topicLink(topic.slug(), url), topic.paperSlugs().size(),
                markdown.toHtml(firstSentence(descriptionOf(topic))));
    }

    private Link home(RelativeUrl url) {
        return new Link(url.to(SitePaths.HOME), "Home");
    }

    private Chrome chrome(String path, String title, String description, Section section, String sectionSlug,
                          List<Link> breadcrumbs) {
        return chrome(path, title, description, section, sectionSlug, breadcrumbs,
                feeds(RelativeUrl.from(path), null));
    }

    /** The site's feed, and {@code own} (this page's feed) before it when given; none without a base URL. */
    private List<Link> feeds(RelativeUrl url, Link own) {
        if (!FeedRenderer.hasFeeds(site)) {
            return List.of();
        }
        Link siteFeed = new Link(url.to(SitePaths.FEED), site.info().title() + " (Atom feed)");
        return own == null ? List.of(siteFeed) : List.of(own, siteFeed);
    }

    private Chrome chrome(String path, String title, String description, Section section, String sectionSlug,
                          List<Link> breadcrumbs, List<Link> feeds) {
        RelativeUrl url = RelativeUrl.from(path);
        return chrome(path, title, description, section, sectionSlug, breadcrumbs, feeds, url::to, url.toRoot());
    }

    /** The layout's values of the page at {@code path}; {@code link} turns a site path into this page's href. */
    private Chrome chrome(String path, String title, String description, Section section, String sectionSlug,
                          List<Link> breadcrumbs, List<Link> feeds, Function<String, String> link, String root) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(navItem(link, SitePaths.HOME, "Home", section == Section.HOME, path));
        if (site.listings().size() <= NAV_LISTINGS) {
            for (Listing l : site.listings()) {
                String label = shortened(l.navTitle(), NAV_LABEL_CHARS);
                boolean current = section == Section.LISTING && l.slug().equals(sectionSlug);
                String target = SitePaths.listing(l.slug());
                nav.add(new NavItem(link.apply(target), label, label.equals(l.title()) ? "" : l.title(), current,
                        current && target.equals(path)));
            }
        }
        nav.add(navItem(link, SitePaths.TOPICS, "Topics", section == Section.TOPICS, path));
        if (!site.meetings().isEmpty()) {
            nav.add(navItem(link, SitePaths.DIGESTS, "Digests", section == Section.DIGESTS, path));
        }
        site.pages().stream()
                .filter(p -> p.navOrder() != null)
                .sorted(Comparator.comparing(Page::navOrder).thenComparing(Page::slug))
                .forEach(p -> nav.add(navItem(link, SitePaths.page(p.slug()), p.title(),
                        section == Section.PAGE && p.slug().equals(sectionSlug), path)));
        List<Link> footer = site.pages().stream()
                .map(p -> new Link(link.apply(SitePaths.page(p.slug())), p.title())).toList();
        String describe = description == null || description.isBlank() ? site.info().description() : description;
        String canonical = path.equals(SitePaths.NOT_FOUND) ? "" : SitePaths.absolute(site.info().baseUrl(), path);
        return new Chrome(site.info().title(), title, site.info().language(), describe, canonical, root,
                link.apply(SitePaths.HOME), nav, breadcrumbs, footer, feeds,
                openGraph(title, describe, canonical), false);
    }

    private static NavItem navItem(Function<String, String> link, String target, String text, boolean current,
                                   String path) {
        return new NavItem(link.apply(target), text, "", current, current && target.equals(path));
    }

    private List<MetaTag> openGraph(String title, String description, String canonical) {
        List<MetaTag> og = new ArrayList<>();
        og.add(MetaTag.property("og:site_name", site.info().title()));
        og.add(MetaTag.property("og:title", title));
        og.add(MetaTag.property("og:type", "website"));
        if (description != null && !description.isBlank()) {
            og.add(MetaTag.property("og:description", description));
        }
        if (!canonical.isEmpty()) {
            og.add(MetaTag.property("og:url", canonical));
        }
        og.add(MetaTag.name("twitter:card", "summary"));
        return List.copyOf(og);
    }

    private static boolean sameUrl(String a, String b) {
        return a.strip().replaceFirst("^http://", "https://").replaceFirst("/$", "")
                .equals(b.strip().replaceFirst("^http://", "https://").replaceFirst("/$", ""));
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static String firstSentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = text.strip().replaceAll("\\\\(\\p{Punct})", "$1").replaceAll("[*_`#>\\[\\]]", "");
        int end = plain.indexOf(". ");
        return truncate(end < 0 ? plain : plain.substring(0, end + 1), 200);
    }

    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}

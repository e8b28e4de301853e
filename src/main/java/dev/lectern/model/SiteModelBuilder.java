package dev.lectern.model;

import dev.lectern.Diagnostics;
import dev.lectern.EveryCore;
import dev.lectern.Lazy;
import dev.lectern.Location;
import dev.lectern.load.ContentDoc;
import dev.lectern.load.ListingEntry;
import dev.lectern.load.PageFront;
import dev.lectern.load.PaperFront;
import dev.lectern.load.TopicFront;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the {@link Site} from its sources: finds which listing lines are one paper, attaches notes, derives
 * titles and slugs, files papers under topics and links each to its related papers. Problems (notes that match no
 * paper, unknown topics) are reported to the diagnostics; the model is built from what is usable.
 */
public final class SiteModelBuilder {

    /** Slugs that content pages may not take, because the site's own folders use them. */
    public static final Set<String> RESERVED_PAGE_SLUGS =
            Set.of("papers", "topics", "listings", "digests", "assets", "search", "index", "feeds", "404");

    /** New-style ({@code 2407.04622}) and old-style ({@code hep-th/9901001}) arXiv ids, with an optional version. */
    private static final Pattern ARXIV_ID = Pattern.compile(
            "(?:\\d{4}\\.\\d{4,5}|[a-z][a-z.-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");

    private final SiteSources sources;
    private final Diagnostics diagnostics;
    private final ModelMemory memory;

    private SiteModelBuilder(SiteSources sources, Diagnostics diagnostics, ModelMemory memory) {
        this.sources = sources;
        this.diagnostics = diagnostics;
        this.memory = memory;
    }

    /** Builds the site model; problems go to {@code diagnostics}. */
    public static Site build(SiteSources sources, Diagnostics diagnostics) {
        return build(sources, diagnostics, ModelMemory.none());
    }

    /** As {@link #build(SiteSources, Diagnostics)}, with what an earlier build found ({@link ModelMemory}). */
    public static Site build(SiteSources sources, Diagnostics diagnostics, ModelMemory memory) {
        return new SiteModelBuilder(sources, diagnostics, memory).build();
    }

    /** One listing line on its way to becoming part of a paper. */
    private record Line(int listing, String listingSlug, String file, ListingEntry entry, Abstract text, String key) {

        Line(int listing, String listingSlug, String file, ListingEntry entry) {
            this(listing, listingSlug, file, entry, null, null);
        }

        /** With its abstract read and its identity key made: the costly part, done on every core. */
        Line withText() {
            Abstract read = new Abstract(entry.text(), entry.cut());
            return new Line(listing, listingSlug, file, entry, read, PaperIdentity.key(read.plain()));
        }
    }

    /** A paper before its slug, topics and related papers are known. */
    private static final class Draft {
        final List<Line> lines;
        final Abstract abstractText;
        final String key;
        PaperInfo info = PaperInfo.NONE;
        String title;
        boolean titleDerived = true;
        String slug;
        /** The slug made from {@link #title} alone, and the title it was made from: slugs are assigned twice. */
        String titleSlug;
        String titleSlugOf;
        /** What tells the slug apart from alike ones: a short hash of {@link #key}. */
        String keyHash;
        List<String> extraTopics = List.of();
        String notesFile;

        Draft(List<Line> lines) {
            this.lines = lines;
            Line best = lines.get(0);
            for (Line line : lines) {
                boolean longer = line.text().plain().length() > best.text().plain().length();
                boolean uncutBeatsCut = best.text().cut() && !line.text().cut()
                        && line.text().plain().length() >= best.text().plain().length();
                if (longer || uncutBeatsCut) {
                    best = line;
                }
            }
            this.abstractText = best.text();
            this.key = best.key();
        }
    }

    private Site build() {
        List<Draft> drafts = identifyPapers();
        // each draft's title is its own: derive them on every core
        drafts.parallelStream().forEach(draft -> draft.title = memory.titleOf(draft.abstractText));
        assignSlugs(drafts);
        attachNotes(drafts);
        assignSlugs(drafts);

        ModelOptions options = sources.options();
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            // what analysis reads of each paper; a rebuild whose related papers and topics are remembered for the
            // same texts analyzes none of them
            List<String> titles = drafts.stream().map(d -> d.titleDerived ? null : d.title).toList();
            List<String> bodies = drafts.stream().map(SiteModelBuilder::analyzedBody).toList();
            long textsKey = ModelMemory.keyOfTexts(titles, bodies);
            Supplier<List<AnalyzedText>> texts = Lazy.of(() -> IntStream.range(0, drafts.size()).parallel()
                    .mapToObj(i -> titles.get(i) == null ? analyzer.analyze(bodies.get(i))
                            : analyzer.analyze(titles.get(i), bodies.get(i)))
                    .toList());
            // topics are found on a thread of their own while this one finds related papers: much of discovery
            // runs on one core, and related papers fill the other meanwhile
            CompletableFuture<TopicDiscovery.Result> topicsFound = CompletableFuture.supplyAsync(
                    () -> memory.topics(ModelMemory.keyOfTopics(textsKey, sources.taxonomy(), options.discoverTopics(),
                            options.minTopicPapers()), drafts.size(), () -> topics(texts.get(), analyzer)),
                    SiteModelBuilder::onTopicsThread);
            int[][] related = memory.related(ModelMemory.keyOfRelated(textsKey, options.relatedPapers()),
                    drafts.size(), () -> RelatedPapers.topK(texts.get().stream().map(AnalyzedText::terms).toList(),
                            options.relatedPapers()));
            TopicDiscovery.Result found = joined(topicsFound);
            List<TopicDefinition> definitions = new ArrayList<>(found.taxonomy());
            List<TopicAssigner.Candidate> candidates = new ArrayList<>();
            found.taxonomy().forEach(t -> candidates.add(new TopicAssigner.Candidate(t.slug(), false, 0, false)));
            for (TopicDiscovery.Found f : found.discovered()) {
                definitions.add(f.definition());
                candidates.add(new TopicAssigner.Candidate(f.definition().slug(), true, f.kind().ordinal(),
                        f.kind() == TopicDiscovery.Kind.WORD));
            }
            List<List<Paper.TopicAssignment>> assignments = TopicAssigner.assign(candidates,
                    topicsFromNotes(drafts, found.taxonomy()), found.matches(), related,
                    options.maxTopicsPerPaper(), found.minPapers());
            // each paper is made from its own draft, on every core, and sorted by slug there too
            Paper[] made = new Paper[drafts.size()];
            EveryCore.run(made.length, i -> {
                Draft d = drafts.get(i);
                List<Paper.Occurrence> occurrences = d.lines.stream()
                        .map(l -> new Paper.Occurrence(l.listingSlug(), l.file(), l.entry().line(), l.text()))
                        .toList();
                List<String> relatedSlugs = Arrays.stream(related[i]).mapToObj(j -> drafts.get(j).slug).toList();
                made[i] = new Paper(d.slug, d.title, d.titleDerived, d.abstractText, occurrences,
                        assignments.get(i), relatedSlugs, d.info);
            });
            EveryCore.sort(made, Comparator.comparing(Paper::slug));
            List<Paper> papers = Arrays.asList(made);
            List<Topic> topics = buildTopics(papers, definitions, found.taxonomy().size());
            Meetings meetings = MeetingsBuilder.build(sources.readingGroup(), papers, diagnostics);
            return new Site(sources.info(), buildListings(drafts), papers, topics, buildPages(), meetings);
        }
    }

    /**
     * Runs {@code task} on a new thread rather than in the common pool: the analysis of every paper, which the first
     * of topics and related papers to need it makes, runs on every core from there, and would run on one from the
     * pool's only worker (on 2 cores) while this thread waited for it.
     */
    private static void onTopicsThread(Runnable task) {
        Thread thread = new Thread(task, "lectern-topics");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code future}'s value, or what it threw, as it threw it. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private List<Draft> identifyPapers() {
        List<ListingInput> listings = sources.listings();
        List<Line> lines = IntStream.range(0, listings.size()).boxed().flatMap(l -> {
            ListingInput listing = listings.get(l);
            String file = listing.source().file().toString();
            return listing.source().entries().stream().map(entry -> new Line(l, listing.slug(), file, entry));
        }).toList().parallelStream().map(Line::withText).toList();
        List<int[]> groups = PaperIdentity.group(lines.stream().map(Line::key).toList());
        List<Draft> drafts = new ArrayList<>(groups.size());
        for (int[] group : groups) {
            List<Line> members = Arrays.stream(group).mapToObj(lines::get).toList();
            warnAboutRepeats(members);
            drafts.add(new Draft(members));
        }
        return drafts;
    }

    private void warnAboutRepeats(List<Line> members) {
        Map<Integer, Line> firstInListing = new HashMap<>();
        for (Line line : members) {
            Line first = firstInListing.putIfAbsent(line.listing(), line);
            if (first != null) {
                diagnostics.warning(Location.of(java.nio.file.Path.of(line.file()), line.entry().line()),
                        "the same paper as line " + first.entry().line() + " of this listing",
                        "remove one of the two lines; the paper is shown once");
            }
        }
    }

    /**
     * Gives every draft a unique slug made from its title. Papers whose titles slug alike all get a short hash of
     * their abstract, so a paper's URL does not depend on which other papers happen to be in the listings.
     */
    private static void assignSlugs(List<Draft> drafts) {
        // a title's slug is its draft's own: made on every core
        drafts.parallelStream().filter(d -> !d.title.equals(d.titleSlugOf)).forEach(d -> {
            d.titleSlug = Slugs.slugOr(d.title, "paper");
            d.titleSlugOf = d.title;
        });
        // each group of alike slugs is settled on its own, so the order of the groups does not matter
        Map<String, List<Draft>> byBase = new HashMap<>();
        for (Draft d : drafts) {
            byBase.computeIfAbsent(d.titleSlug, k -> new ArrayList<>(1)).add(d);
        }
        // the hashes that tell alike slugs apart, each made once, on every core
        byBase.values().stream().filter(alike -> alike.size() > 1).flatMap(List::stream)
                .filter(d -> d.keyHash == null).toList()
                .parallelStream().forEach(d -> d.keyHash = Slugs.shortHash(d.key, 6));
        for (Map.Entry<String, List<Draft>> e : byBase.entrySet()) {
            if (e.getValue().size() == 1) {
                e.getValue().get(0).slug = e.getKey();
            } else {
                for (Draft d : e.getValue()) {
                    d.slug = e.getKey() + "-" + d.keyHash;
                }
            }
        }
    }

    private void attachNotes(List<Draft> drafts) {
        PaperFinder finder = new PaperFinder(drafts.stream().map(d -> d.key).toList(),
                drafts.stream().map(d -> d.slug).toList(), drafts.stream().map(d -> d.title).toList());
        Map<Integer, String> claimed = new HashMap<>();
        for (ContentDoc<PaperFront> doc : sources.paperNotes()) {
            PaperFront front = doc.front();
            Location where = Location.of(doc.file(), 1);
            PaperFinder.Result found = finder.find(front.slug(), front.match(),
                    front.slug() == null && front.match() == null ? doc.name() : null);
            if (found.index() < 0) {
                diagnostics.error(where, "these notes match no paper: " + found.problem(), found.hint());
                continue;
            }
            String earlier = claimed.putIfAbsent(found.index(), doc.file().toString());
            if (earlier != null) {
                diagnostics.error(where, "a second file of notes for the same paper as " + earlier,
                        "merge the two files into one");
                continue;
            }
            Draft d = drafts.get(found.index());
            if (front.title() != null && !front.title().isBlank()) {
                d.title = front.title().strip();
                d.titleDerived = false;
            }
            d.info = new PaperInfo(arxivId(front.arxiv(), where), front.authors(), front.year(),
                    blankToNull(front.venue()), safeLinks(front.links(), where), doc.body().strip(),
                    doc.file().toString());
            d.extraTopics = front.topics();
            d.notesFile = doc.file().toString();
        }
    }

    /** The site's topics in {@code texts}: the taxonomy's, and those discovery finds when the site asks for it. */
    private TopicDiscovery.Result topics(List<AnalyzedText> texts, TermAnalyzer analyzer) {
        ModelOptions options = sources.options();
        return options.discoverTopics()
                ? TopicDiscovery.discover(texts, sources.taxonomy(), options.minTopicPapers(), analyzer)
                : TopicDiscovery.taxonomyOnly(texts, sources.taxonomy(), analyzer);
    }

    /**
     * A paper's text as the topic and similarity algorithms read it: its abstract, without the word the listing cut
     * in half (analysis puts the title before it when its notes give the real one).
     */
    private static String analyzedBody(Draft d) {
        String text = d.abstractText.tex();
        if (d.abstractText.cut()) {
            int space = text.stripTrailing().lastIndexOf(' ');
            text = space > 0 ? text.substring(0, space) : text;
        }
        return text;
    }

    /** For each paper, the configured topics its notes list; unknown slugs are errors. */
    private List<List<Integer>> topicsFromNotes(List<Draft> drafts, List<TopicDefinition> taxonomy) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int t = 0; t < taxonomy.size(); t++) {
            index.put(taxonomy.get(t).slug(), t);
        }
        List<List<Integer>> result = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            List<Integer> topics = new ArrayList<>();
            for (String extra : d.extraTopics) {
                Integer t = index.get(extra);
                if (t != null) {
                    topics.add(t);
                } else {
                    diagnostics.error(Location.of(java.nio.file.Path.of(d.notesFile), 1),
                            "unknown topic '" + extra + "' in the notes' topics",
                            "use one of the topic slugs of site.yml: " + String.join(", ", index.keySet()));
                }
            }
            result.add(topics);
        }
        return result;
    }

    /** The number of related topics a topic page lists. */
    static final int RELATED_TOPICS = 6;

    /**
     * The topics that have papers, largest first. {@code definitions} holds the configured topics first (the first
     * {@code configured} of them), then the discovered ones.
     */
    private List<Topic> buildTopics(List<Paper> papers, List<TopicDefinition> definitions, int configured) {
        Map<String, List<Paper>> papersByTopic = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> shared = new HashMap<>();
        for (Paper paper : papers) {
            List<String> slugs = paper.topics().stream().map(Paper.TopicAssignment::topicSlug).toList();
            for (String slug : slugs) {
                papersByTopic.computeIfAbsent(slug, k -> new ArrayList<>()).add(paper);
                for (String other : slugs) {
                    if (!other.equals(slug)) {
                        shared.computeIfAbsent(slug, k -> new HashMap<>()).merge(other, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, ContentDoc<TopicFront>> docs = new HashMap<>();
        Set<String> known = definitions.stream().map(TopicDefinition::slug).collect(Collectors.toSet());
        for (ContentDoc<TopicFront> doc : sources.topicDocs()) {
            if (!known.contains(doc.name())) {
                diagnostics.error(Location.of(doc.file()), "no topic '" + doc.name() + "' to describe",
                        "name the file after a topic slug (`lectern topics` lists them): "
                                + String.join(", ", new java.util.TreeSet<>(known)));
            } else {
                docs.put(doc.name(), doc);
            }
        }
        List<TopicDefinition> all = new ArrayList<>(definitions);
        if (papersByTopic.containsKey(TopicAssigner.OTHER_TOPIC_SLUG)) {
            all.add(new TopicDefinition("Other papers", TopicAssigner.OTHER_TOPIC_SLUG,
                    "Papers that no topic of the site describes yet.", List.of(), List.of(), List.of()));
        }
        List<Integer> withPapers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (papersByTopic.containsKey(all.get(i).slug())) {
                withPapers.add(i);
            } else if (i < configured) {
                diagnostics.warning(Location.of(java.nio.file.Path.of("site.yml")),
                        "topic '" + all.get(i).slug() + "' matches no paper, so it gets no page",
                        "add phrases that its papers use, or remove the topic");
            }
        }
        // each topic is made on its own, on every core, the largest first: a rebuild at 100,000 papers spent 0.7 s
        // here on one core, and with a parallel stream's fixed ranges one core waited 0.37 s for the largest topic
        List<Integer> largestFirst = new ArrayList<>(withPapers);
        largestFirst.sort(Comparator.comparingInt((Integer i) -> -papersByTopic.get(all.get(i).slug()).size())
                .thenComparing(i -> i));
        Topic[] made = new Topic[largestFirst.size()];
        EveryCore.run(made.length, k -> made[k] = makeTopic(all.get(largestFirst.get(k)), largestFirst.get(k),
                papersByTopic, shared, docs, configured, definitions.size()));
        List<Topic> topics = new ArrayList<>(Arrays.asList(made));
        topics.sort(Comparator.comparingInt((Topic t) -> -t.paperSlugs().size()).thenComparing(Topic::slug));
        return topics;
    }

    /** Topic {@code def}, number {@code i} of the site's definitions, with its papers in their order. */
    private Topic makeTopic(TopicDefinition def, int i, Map<String, List<Paper>> papersByTopic,
                            Map<String, Map<String, Integer>> shared, Map<String, ContentDoc<TopicFront>> docs,
                            int configured, int defined) {
        List<Paper> members = papersByTopic.get(def.slug());
        ContentDoc<TopicFront> doc = docs.get(def.slug());
        String name = doc != null && doc.front().title() != null ? doc.front().title() : def.name();
        String description = doc != null && !doc.body().isBlank() ? doc.body().strip() : def.description();
        Set<String> memberSlugs = members.stream().map(Paper::slug).collect(Collectors.toSet());
        // each paper's place computed once, not at every comparison: a topic of 100,000 papers sorts 30,000
        List<String> paperSlugs = members.stream()
                .map(p -> new Member(p, p.topics().get(0).inferred(), rankIn(p, def.slug()),
                        centrality(p, memberSlugs)))
                .sorted()
                .map(m -> m.paper().slug()).toList();
        int size = members.size();
        List<Topic.RelatedTopic> related = shared.getOrDefault(def.slug(), Map.of()).entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> papersByTopic.get(e.getKey()).size() + size - e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(RELATED_TOPICS)
                .map(e -> new Topic.RelatedTopic(e.getKey(), e.getValue())).toList();
        List<String> phrases = new ArrayList<>(def.phrases());
        phrases.addAll(def.synonyms());
        return new Topic(def.slug(), name, description, i >= configured && i < defined, phrases,
                def.acronyms(), paperSlugs, related);
    }

    /**
     * A paper of a topic with what orders it there: matched before inferred, then by rank, the most central first,
     * then by title and slug.
     */
    private record Member(Paper paper, boolean inferred, int rank, int centrality) implements Comparable<Member> {

        @Override
        public int compareTo(Member o) {
            int c = Boolean.compare(inferred, o.inferred);
            if (c == 0) {
                c = Integer.compare(rank, o.rank);
            }
            if (c == 0) {
                c = Integer.compare(o.centrality, centrality);
            }
            if (c == 0) {
                c = paper.title().compareTo(o.paper.title());
            }
            return c != 0 ? c : paper.slug().compareTo(o.paper.slug());
        }
    }

    /** How many of a paper's related papers share the topic: the papers at its heart have most. */
    private static int centrality(Paper paper, Set<String> topicPapers) {
        int n = 0;
        for (String r : paper.related()) {
            if (topicPapers.contains(r)) {
                n++;
            }
        }
        return n;
    }

    /** Where a topic stands among a paper's topics: papers that have it as their main topic come first. */
    private static int rankIn(Paper paper, String topicSlug) {
        for (int i = 0; i < paper.topics().size(); i++) {
            if (paper.topics().get(i).topicSlug().equals(topicSlug)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private List<Listing> buildListings(List<Draft> drafts) {
        List<ListingInput> inputs = sources.listings();
        // each listing's lines, then its papers in line order (a paper twice in a listing shows once)
        List<List<Placed>> placed = IntStream.range(0, inputs.size())
                .mapToObj(i -> (List<Placed>) new ArrayList<Placed>()).toList();
        for (Draft d : drafts) {
            for (Line line : d.lines) {
                placed.get(line.listing()).add(new Placed(line.entry().line(), d.slug));
            }
        }
        List<LinkedHashSet<String>> slugs = new ArrayList<>();
        for (List<Placed> lines : placed) {
            lines.sort(Comparator.comparingInt(Placed::line));
            LinkedHashSet<String> inOrder = new LinkedHashSet<>();
            lines.forEach(p -> inOrder.add(p.slug()));
            slugs.add(inOrder);
        }
        List<Listing> listings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ListingInput in = inputs.get(i);
            listings.add(new Listing(in.slug(), in.title(), in.navTitle(), in.description(),
                    in.source().file().getFileName().toString(), List.copyOf(slugs.get(i))));
        }
        return listings;
    }

    /** A listing line and the slug of its paper. */
    private record Placed(int line, String slug) {
    }

    private List<Page> buildPages() {
        List<Page> pages = new ArrayList<>();
        for (ContentDoc<PageFront> doc : sources.pages()) {
            String slug = Slugs.slugify(doc.name());
            if (slug.isEmpty() || RESERVED_PAGE_SLUGS.contains(slug)) {
                diagnostics.error(Location.of(doc.file()), "a page cannot be named '" + doc.name() + "'",
                        "rename the file; these names are taken by the site: "
                                + String.join(", ", new java.util.TreeSet<>(RESERVED_PAGE_SLUGS)));
                continue;
            }
            PageFront front = doc.front();
            String title = front.title() != null && !front.title().isBlank() ? front.title().strip()
                    : Character.toUpperCase(doc.name().charAt(0)) + doc.name().substring(1).replace('-', ' ');
            pages.add(new Page(slug, title, front.description() == null ? "" : front.description().strip(),
                    front.navOrder(), doc.body()));
        }
        pages.sort(Comparator.comparing(Page::slug));
        return pages;
    }

    /** The arXiv id of notes' {@code arxiv:}, without an {@code arXiv:} prefix; null (and an error) when it is none. */
    private String arxivId(String written, Location where) {
        String id = blankToNull(written);
        if (id == null) {
            return null;
        }
        if (id.regionMatches(true, 0, "arxiv:", 0, 6)) {
            id = id.substring(6).strip();
        }
        if (!ARXIV_ID.matcher(id).matches()) {
            diagnostics.error(where, "arxiv: '" + written + "' is not an arXiv id",
                    "write the id as arXiv shows it, such as `arxiv: \"2407.04622\"` or `arxiv: \"hep-th/9901001\"`");
            return null;
        }
        return id;
    }

    /** The notes' links that may become links: a {@code javascript:} or {@code data:} URL is left out, with a warning. */
    private Map<String, String> safeLinks(Map<String, String> links, Location where) {
        Map<String, String> safe = new LinkedHashMap<>();
        for (Map.Entry<String, String> link : links.entrySet()) {
            if (link.getKey() != null && SafeUrl.isSafe(link.getValue())) {
                safe.put(link.getKey(), link.getValue().strip());
            } else {
                diagnostics.warning(where, "the link '" + link.getKey() + "' is not a web, mail or relative address,"
                        + " so it is left out", "give an https:// address");
            }
        }
        return safe;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

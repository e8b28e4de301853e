package dev.lectern.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Finds the topics the papers are about that the site's taxonomy does not name, in the papers' own words, for
 * listings of any field:
 * <ul>
 *   <li>acronym definitions ({@code "process reward models (PRMs)"}): a concept its authors thought worth naming,
 *       then found under its long form and its acronym alike;</li>
 *   <li>key phrases of one to three words that recur across papers, counted by document frequency over analyzed
 *       terms, never spanning punctuation or the function words of academic prose, and not made only of words that
 *       name no topic alone ("training data");</li>
 *   <li>one concept under several surface forms: inflections and hyphenation through analysis, the acronym and its
 *       long form as one topic, a phrase mostly met inside a longer one left to the longer one, and two candidates
 *       with nearly the same papers kept once.</li>
 * </ul>
 * Concepts the taxonomy already has are not discovered again; the acronyms the listings define for them are added
 * to the taxonomy's topics instead. Cost is near-linear: one pass of analysis per paper, n-gram keys sorted once,
 * one matching pass.
 */
final class TopicDiscovery {

    /** Longest key phrase counted, in terms (longer concepts come from acronym definitions). */
    static final int MAX_PHRASE_TERMS = 3;
    /** A phrase is left to a longer phrase containing it when the longer one has this share of its papers. */
    static final double NESTED_SHARE = 0.6;
    /** A topic with this share of its papers in another topic ... */
    static final double SAME_PAPERS = 0.8;
    /** ... and at least this share of the other topic's papers is a near copy of it. */
    static final double NEAR_COPY_SIZE = 0.6;
    /** A topic on more than this share of the papers does not tell them apart. */
    static final double MAX_SHARE = 0.5;
    /**
     * On a large site a discovered topic needs at least one paper in this many, so that 100,000 papers make a few
     * hundred topics a reader can browse, not tens of thousands of pages of two papers each.
     */
    static final int PAPERS_PER_TOPIC_FLOOR = 500;

    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    /** What found a topic, strongest evidence first. */
    enum Kind {
        /** defined as an acronym by at least one paper */
        ACRONYM,
        /** one word written as a name (capitalized inside sentences, or in capitals) */
        NAME,
        /** a recurring phrase of two or three words */
        PHRASE,
        /** a recurring word */
        WORD
    }

    /**
     * A discovered topic.
     *
     * @param definition its name, slug, the phrase and acronyms it is matched by
     * @param kind       what found it
     * @param paperCount how many papers mention it
     */
    record Found(TopicDefinition definition, Kind kind, int paperCount) {
    }

    /**
     * What discovery found.
     *
     * @param taxonomy   the configured topics, with the acronyms the listings define for their phrases added
     * @param discovered the discovered topics, strongest first
     * @param matches    for each paper, the topics it mentions: indexes below {@code taxonomy.size()} are
     *                   configured topics, the rest discovered ones in {@code discovered}'s order
     * @param minPapers  the fewest papers a discovered topic may have: the site's setting, or more on a large site
     */
    record Result(List<TopicDefinition> taxonomy, List<Found> discovered, List<List<TopicMatcher.Match>> matches,
                  int minPapers) {
    }

    private final List<AnalyzedText> docs;
    private final List<TopicDefinition> taxonomy;
    private final int minPapers;
    private final TermAnalyzer analyzer;
    private final TopicWords words;
    private final int maxPapers;

    private TopicDiscovery(List<AnalyzedText> docs, List<TopicDefinition> taxonomy, int minPapers,
                           TermAnalyzer analyzer) {
        this.docs = docs;
        this.taxonomy = taxonomy;
        this.minPapers = Math.max(Math.max(1, minPapers), docs.size() / PAPERS_PER_TOPIC_FLOOR);
        this.analyzer = analyzer;
        this.words = new TopicWords(analyzer);
        int n = docs.size();
        this.maxPapers = n < 10 ? n : Math.max(this.minPapers, (int) (n * MAX_SHARE));
    }

    /** Discovers the topics of {@code docs} (one per paper) that {@code taxonomy} misses. */
    static Result discover(List<AnalyzedText> docs, List<TopicDefinition> taxonomy, int minPapers,
                           TermAnalyzer analyzer) {
        return new TopicDiscovery(docs, taxonomy, minPapers, analyzer).run();
    }

    /** Files {@code docs} under {@code taxonomy} only. */
    static Result taxonomyOnly(List<AnalyzedText> docs, List<TopicDefinition> taxonomy, TermAnalyzer analyzer) {
        TopicMatcher matcher = new TopicMatcher(taxonomy, analyzer);
        return new Result(taxonomy, List.of(), docs.parallelStream().map(matcher::match).toList(), 1);
    }

    /** A concept on its way to becoming a topic. */
    private static final class Concept {
        final String key;
        final String[] terms;
        final List<String> acronyms = new ArrayList<>();
        final Map<String, int[]> surfaces = new TreeMap<>(); // written form -> {count, inside a sentence}
        Kind kind;
        int papers;
        int mentions;
        boolean configured;
        int[] docs;
        boolean dropped;

        Concept(String key) {
            this.key = key;
            this.terms = key.split(" ");
        }

        void written(String form, boolean insideSentence) {
            int[] c = surfaces.computeIfAbsent(form, k -> new int[2]);
            c[0]++;
            if (insideSentence) {
                c[1]++;
            }
        }
    }

    private Result run() {
        int n = docs.size();
        // Term ids in order of first appearance, so that everything below is deterministic.
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int[][] docTerms = new int[n][];
        for (int d = 0; d < n; d++) {
            AnalyzedText text = docs.get(d);
            int[] row = new int[text.size()];
            for (int i = 0; i < row.length; i++) {
                String term = text.term(i);
                Integer id = ids.get(term);
                if (id == null) {
                    id = vocabulary.size();
                    ids.put(term, id);
                    vocabulary.add(term);
                }
                row[i] = id;
            }
            docTerms[d] = row;
        }
        int[] df = documentFrequencies(docTerms, vocabulary.size());
        // Terms that can be part of a recurring phrase get compact ids from 1, so three fit in a long.
        int[] compact = new int[vocabulary.size()];
        List<String> compactTerms = new ArrayList<>();
        compactTerms.add("");
        for (int t = 0; t < compact.length; t++) {
            if (df[t] >= minPapers && !words.breaks(vocabulary.get(t)) && compactTerms.size() < MASK) {
                compact[t] = compactTerms.size();
                compactTerms.add(vocabulary.get(t));
            }
        }

        Map<String, Concept> concepts = new LinkedHashMap<>();
        Set<String> configuredKeys = configuredKeys();
        Set<String> configuredAcronyms = new HashSet<>();
        taxonomy.forEach(t -> t.acronyms().forEach(a -> configuredAcronyms.add(a.strip())));
        Map<Integer, List<String>> addedAcronyms = new TreeMap<>();
        Set<String> acronymTerms = new HashSet<>();
        collectAcronymConcepts(concepts, configuredKeys, configuredAcronyms, addedAcronyms, acronymTerms);
        collectPhraseConcepts(docTerms, compact, compactTerms, concepts, configuredKeys, acronymTerms);
        collectSurfaces(docTerms, compact, compactTerms, concepts);

        List<TopicDefinition> extendedTaxonomy = new ArrayList<>(taxonomy);
        addedAcronyms.forEach((t, acronyms) -> {
            TopicDefinition def = taxonomy.get(t);
            List<String> all = new ArrayList<>(def.acronyms());
            all.addAll(acronyms);
            extendedTaxonomy.set(t, new TopicDefinition(def.name(), def.slug(), def.description(), def.phrases(),
                    all, def.synonyms()));
        });

        List<Concept> candidates = new ArrayList<>(concepts.values());
        List<TopicDefinition> definitions = new ArrayList<>(extendedTaxonomy);
        for (Concept c : candidates) {
            definitions.add(new TopicDefinition(c.key, c.key, "", List.of(bestSurface(c)), c.acronyms, List.of()));
        }
        TopicMatcher matcher = new TopicMatcher(definitions, analyzer);
        List<List<TopicMatcher.Match>> matches = docs.parallelStream().map(matcher::match).toList();
        int configured = extendedTaxonomy.size();
        List<int[]> docSets = docSets(matches, definitions.size());
        int[] mentions = new int[definitions.size()];
        matches.forEach(list -> list.forEach(m -> mentions[m.topic()] += m.count()));
        for (int i = 0; i < candidates.size(); i++) {
            Concept c = candidates.get(i);
            c.docs = docSets.get(configured + i);
            c.papers = c.docs.length;
            c.mentions = mentions[configured + i];
            c.kind = kindOf(c);
            c.dropped = c.papers < minPapers || c.papers > maxPapers || weakWord(c);
        }
        suppressNested(concepts, configuredPhrases(extendedTaxonomy, docSets), n);
        List<Integer> order = IntStream.range(0, candidates.size()).boxed()
                .filter(i -> !candidates.get(i).dropped)
                .sorted(Comparator.comparing((Integer i) -> candidates.get(i).kind)
                        .thenComparing(i -> -candidates.get(i).papers)
                        .thenComparing(i -> -candidates.get(i).mentions)
                        .thenComparing(i -> -candidates.get(i).terms.length)
                        .thenComparing(i -> candidates.get(i).key))
                .toList();
        List<Integer> kept = keepDistinct(order, candidates, docSets.subList(0, configured), n);

        Set<String> slugs = new HashSet<>();
        taxonomy.forEach(t -> slugs.add(t.slug()));
        List<Found> found = new ArrayList<>();
        Map<Integer, Integer> newIndex = new HashMap<>();
        for (int i : kept) {
            Concept c = candidates.get(i);
            String phrase = bestSurface(c);
            String name = nameOf(phrase);
            String base = Slugs.slugOr(name.replaceAll("['\u2019]", ""), "topic"); // alzheimers-disease
            String slug = base;
            for (int k = 2; !slugs.add(slug); k++) {
                slug = base + "-" + k;
            }
            newIndex.put(configured + i, configured + found.size());
            found.add(new Found(new TopicDefinition(name, slug, "", List.of(phrase), c.acronyms, List.of()), c.kind,
                    c.papers));
        }
        List<List<TopicMatcher.Match>> filed = matches.stream().map(list -> list.stream()
                .filter(m -> m.topic() < configured || newIndex.containsKey(m.topic()))
                .map(m -> m.topic() < configured ? m
                        : new TopicMatcher.Match(newIndex.get(m.topic()), m.count(), m.firstPosition(), m.reason()))
                .toList()).toList();
        return new Result(List.copyOf(extendedTaxonomy), List.copyOf(found), filed, minPapers);
    }

    private static int[] documentFrequencies(int[][] docTerms, int terms) {
        int[] df = new int[terms];
        int[] last = new int[terms];
        Arrays.fill(last, -1);
        for (int d = 0; d < docTerms.length; d++) {
            for (int t : docTerms[d]) {
                if (last[t] != d) {
                    last[t] = d;
                    df[t]++;
                }
            }
        }
        return df;
    }

    /** The analyzed forms of every phrase, synonym and name of the taxonomy. */
    private Set<String> configuredKeys() {
        Set<String> keys = new HashSet<>();
        for (TopicDefinition t : taxonomy) {
            List<String> phrases = new ArrayList<>(t.phrases());
            phrases.addAll(t.synonyms());
            phrases.add(t.name());
            for (String phrase : phrases) {
                String key = String.join(" ", analyzer.terms(phrase));
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * One concept per acronym, under the long form most papers give it; an acronym the taxonomy has, or whose long
     * form is a phrase of the taxonomy (whose topic then gets the acronym), is not discovered again.
     */
    private void collectAcronymConcepts(Map<String, Concept> concepts, Set<String> configuredKeys,
                                        Set<String> configuredAcronyms, Map<Integer, List<String>> addedAcronyms,
                                        Set<String> acronymTerms) {
        List<List<AcronymDefinitions.Definition>> definitions = docs.parallelStream()
                .map(t -> AcronymDefinitions.in(t.plain())).toList();
        // acronym -> long-form key -> {papers defining it that way}, plus the written long forms
        Map<String, Map<String, int[]>> longForms = new TreeMap<>();
        Map<String, List<String[]>> written = new HashMap<>(); // acronym + key -> {form, inside sentence?}
        for (int d = 0; d < docs.size(); d++) {
            AnalyzedText text = docs.get(d);
            Set<String> seen = new HashSet<>();
            for (AcronymDefinitions.Definition def : definitions.get(d)) {
                String key = keyOfSpan(text, def.longFormStart(), def.longFormEnd());
                if (key.isEmpty() || !seen.add(def.acronym() + "\u0000" + key)) {
                    continue;
                }
                longForms.computeIfAbsent(def.acronym(), k -> new TreeMap<>()).computeIfAbsent(key, k -> new int[1])[0]++;
                written.computeIfAbsent(def.acronym() + "\u0000" + key, k -> new ArrayList<>())
                        .add(new String[] {def.longForm(), insideSentence(text, def.longFormStart()) ? "1" : ""});
            }
        }
        for (Map.Entry<String, Map<String, int[]>> e : longForms.entrySet()) {
            String acronym = e.getKey();
            String key = e.getValue().entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, int[]> f) -> f.getValue()[0])
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            acronymTerms.add(String.join(" ", analyzer.terms(acronym)));
            if (configuredAcronyms.contains(acronym)) {
                continue;
            }
            if (configuredKeys.contains(key)) {
                int topic = configuredTopicWithKey(key);
                if (topic >= 0) {
                    addedAcronyms.computeIfAbsent(topic, k -> new ArrayList<>()).add(acronym);
                }
                continue;
            }
            Concept c = concepts.computeIfAbsent(key, Concept::new);
            c.acronyms.add(acronym);
            for (String[] form : written.get(acronym + "\u0000" + key)) {
                c.written(form[0], !form[1].isEmpty());
            }
        }
    }

    private int configuredTopicWithKey(String key) {
        for (int t = 0; t < taxonomy.size(); t++) {
            TopicDefinition def = taxonomy.get(t);
            List<String> phrases = new ArrayList<>(def.phrases());
            phrases.addAll(def.synonyms());
            phrases.add(def.name());
            for (String phrase : phrases) {
                if (String.join(" ", analyzer.terms(phrase)).equals(key)) {
                    return t;
                }
            }
        }
        return -1;
    }

    /** The analyzed terms of {@code text} that lie within {@code [from, to)}, joined by spaces. */
    private static String keyOfSpan(AnalyzedText text, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < text.size(); i++) {
            if (text.start(i) >= from && text.end(i) <= to) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(text.term(i));
            }
        }
        return key.toString();
    }

    /** Recurring phrases: every n-gram of usable terms, counted once per paper, by one sort of packed keys. */
    private void collectPhraseConcepts(int[][] docTerms, int[] compact, List<String> compactTerms,
                                       Map<String, Concept> concepts, Set<String> configuredKeys,
                                       Set<String> acronymTerms) {
        long[] all = new long[1024];
        int size = 0;
        long[] buffer = new long[64];
        for (int d = 0; d < docTerms.length; d++) {
            int m = 0;
            int[] row = docTerms[d];
            AnalyzedText text = docs.get(d);
            if (buffer.length < row.length * MAX_PHRASE_TERMS) {
                buffer = new long[row.length * MAX_PHRASE_TERMS];
            }
            for (int i = 0; i < row.length; i++) {
                long key = 0;
                for (int k = 0; k < MAX_PHRASE_TERMS && i + k < row.length; k++) {
                    int c = compact[row[i + k]];
                    if (c == 0 || (k > 0 && text.gapBefore(i + k) != 0)) {
                        break;
                    }
                    key |= (long) c << (BITS * k);
                    buffer[m++] = key;
                }
            }
            Arrays.sort(buffer, 0, m);
            if (size + m > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, size + m));
            }
            for (int j = 0; j < m; j++) {
                if (j == 0 || buffer[j] != buffer[j - 1]) {
                    all[size++] = buffer[j];
                }
            }
        }
        long[] keys = Arrays.copyOf(all, size);
        Arrays.parallelSort(keys);
        for (int i = 0; i < keys.length; ) {
            int j = i;
            while (j < keys.length && keys[j] == keys[i]) {
                j++;
            }
            int papers = j - i;
            if (papers >= minPapers && papers <= maxPapers) {
                String[] terms = decode(keys[i], compactTerms);
                if (isTopicPhrase(terms) && (terms.length == 1 || Arrays.stream(terms).noneMatch(acronymTerms::contains))) {
                    String key = String.join(" ", terms);
                    if (!configuredKeys.contains(key) && !acronymTerms.contains(key) && !concepts.containsKey(key)
                            && !onlyQualifies(terms, configuredKeys)) {
                        concepts.put(key, new Concept(key));
                    }
                }
            }
            i = j;
        }
    }

    /** Whether a phrase is a configured one and words that name no topic ("Gemma family" beside "Gemma"). */
    private boolean onlyQualifies(String[] terms, Set<String> configuredKeys) {
        for (int from = 0; from < terms.length; from++) {
            for (int to = from + 1; to <= terms.length; to++) {
                if (to - from < terms.length
                        && configuredKeys.contains(String.join(" ", Arrays.copyOfRange(terms, from, to)))) {
                    boolean rest = true;
                    for (int i = 0; i < terms.length; i++) {
                        rest &= (i >= from && i < to) || words.isGeneric(terms[i]);
                    }
                    if (rest) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String[] decode(long key, List<String> compactTerms) {
        List<String> terms = new ArrayList<>(MAX_PHRASE_TERMS);
        for (int k = 0; k < MAX_PHRASE_TERMS; k++) {
            int c = (int) ((key >>> (BITS * k)) & MASK);
            if (c == 0) {
                break;
            }
            terms.add(compactTerms.get(c));
        }
        return terms.toArray(String[]::new);
    }

    private boolean isTopicPhrase(String[] terms) {
        if (terms.length == 1) {
            return !words.isGeneric(terms[0]);
        }
        if (words.dangles(terms[terms.length - 1]) || words.qualifies(terms[0])) {
            return false;
        }
        for (String term : terms) {
            if (!words.isGeneric(term)) {
                return true;
            }
        }
        return false;
    }

    /** How each phrase concept is written: a second pass over the n-grams, looking up only the concepts. */
    private void collectSurfaces(int[][] docTerms, int[] compact, List<String> compactTerms,
                                 Map<String, Concept> concepts) {
        // only n-grams whose first term begins a concept are looked up
        Set<String> firstTerms = new HashSet<>();
        concepts.values().forEach(c -> firstTerms.add(c.terms[0]));
        boolean[] begins = new boolean[compactTerms.size()];
        for (int c = 1; c < begins.length; c++) {
            begins[c] = firstTerms.contains(compactTerms.get(c));
        }
        for (int d = 0; d < docTerms.length; d++) {
            int[] row = docTerms[d];
            AnalyzedText text = docs.get(d);
            for (int i = 0; i < row.length; i++) {
                if (!begins[compact[row[i]]]) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < MAX_PHRASE_TERMS && i + k < row.length; k++) {
                    if (compact[row[i + k]] == 0 || (k > 0 && text.gapBefore(i + k) != 0)) {
                        break;
                    }
                    if (k > 0) {
                        key.append(' ');
                    }
                    key.append(text.term(i + k));
                    Concept c = concepts.get(key.toString());
                    if (c != null && (c.acronyms.isEmpty() || c.surfaces.isEmpty())) {
                        c.written(text.written(i, i + k + 1), insideSentence(text, text.start(i)));
                    }
                }
            }
        }
    }

    /** Whether the word at {@code position} stands inside a sentence, where its capital letter would mean a name. */
    private static boolean insideSentence(AnalyzedText text, int position) {
        if (position < text.bodyStart()) {
            return false; // titles capitalize every word
        }
        String plain = text.plain();
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(plain.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = plain.charAt(i);
        return c != '.' && c != '!' && c != '?' && c != ':' && c != '\u2014';
    }

    private Kind kindOf(Concept c) {
        if (!c.acronyms.isEmpty()) {
            return Kind.ACRONYM;
        }
        if (c.terms.length > 1) {
            return Kind.PHRASE;
        }
        int inside = 0;
        int capitalized = 0;
        for (Map.Entry<String, int[]> e : c.surfaces.entrySet()) {
            String form = e.getKey();
            inside += e.getValue()[1];
            if (!form.isEmpty() && Character.isUpperCase(form.charAt(0))) {
                capitalized += e.getValue()[1];
            }
        }
        return inside > 0 && capitalized * 5 >= inside * 4 ? Kind.NAME : Kind.WORD;
    }

    /** A single word that is not a name must look like a noun in most of its uses, and recur a little more. */
    private boolean weakWord(Concept c) {
        if (c.kind != Kind.WORD) {
            return false;
        }
        int nouns = 0;
        int all = 0;
        for (Map.Entry<String, int[]> e : c.surfaces.entrySet()) {
            all += e.getValue()[0];
            if (TopicWords.looksLikeNoun(e.getKey())) {
                nouns += e.getValue()[0];
            }
        }
        return nouns * 3 < all * 2 || c.papers < Math.max(3, minPapers);
    }

    private static List<int[]> docSets(List<List<TopicMatcher.Match>> matches, int topics) {
        int[] counts = new int[topics];
        for (List<TopicMatcher.Match> list : matches) {
            for (TopicMatcher.Match m : list) {
                counts[m.topic()]++;
            }
        }
        List<int[]> sets = new ArrayList<>(topics);
        for (int t = 0; t < topics; t++) {
            sets.add(new int[counts[t]]);
        }
        int[] fill = new int[topics];
        for (int d = 0; d < matches.size(); d++) {
            for (TopicMatcher.Match m : matches.get(d)) {
                sets.get(m.topic())[fill[m.topic()]++] = d;
            }
        }
        return sets;
    }

    /**
     * A concept mostly met inside longer ones ("language model" in "large language model") is left to them, but a
     * longer phrase that only adds words naming no topic ("deep learning model", "Gemma family") yields to the
     * shorter one, unless they make a name a concept's ("Hubbard model", "Navier-Stokes equations").
     */
    private void suppressNested(Map<String, Concept> concepts, List<Concept> configuredPhrases, int n) {
        Map<Concept, List<Concept>> longerOf = new LinkedHashMap<>();
        List<Concept> yielding = new ArrayList<>();
        List<Concept> all = new ArrayList<>(concepts.values());
        all.addAll(configuredPhrases);
        for (Concept longer : all) {
            if (longer.dropped || longer.terms.length < 2) {
                continue;
            }
            for (int from = 0; from < longer.terms.length; from++) {
                for (int to = from + 1; to <= longer.terms.length; to++) {
                    if (to - from == longer.terms.length) {
                        continue;
                    }
                    Concept shorter = concepts.get(String.join(" ", Arrays.copyOfRange(longer.terms, from, to)));
                    if (shorter == null || shorter.dropped) {
                        continue;
                    }
                    boolean genericTail = from == 0 && longer.kind == Kind.PHRASE && !longer.configured
                            && onlyGenericFrom(longer.terms, to);
                    // "Hubbard model", "Navier-Stokes equations": a name and a head noun name a concept
                    boolean namedConcept = isNameLike(shorter) && to == longer.terms.length - 1
                            && words.isNamedHead(longer.terms[to]);
                    if (genericTail && !namedConcept && (isNameLike(shorter) || to >= 2)) {
                        yielding.add(longer); // "Gemma family" yields to "Gemma", "deep learning model" to "deep learning"
                    } else {
                        longerOf.computeIfAbsent(shorter, k -> new ArrayList<>()).add(longer);
                    }
                }
            }
        }
        int[] mark = new int[n];
        int stamp = 0;
        for (Map.Entry<Concept, List<Concept>> e : longerOf.entrySet()) {
            stamp++;
            int covered = 0;
            for (Concept longer : e.getValue()) {
                for (int d : longer.docs) {
                    if (mark[d] != stamp) {
                        mark[d] = stamp;
                        covered++;
                    }
                }
            }
            if (covered >= NESTED_SHARE * e.getKey().papers) {
                e.getKey().dropped = true;
            }
        }
        yielding.forEach(c -> c.dropped = true);
    }

    /**
     * The phrases of the configured topics as concepts that contain shorter ones: "language model" is left to a
     * configured "large language models" as it would be to a discovered one.
     */
    private List<Concept> configuredPhrases(List<TopicDefinition> configured, List<int[]> docSets) {
        List<Concept> phrases = new ArrayList<>();
        for (int t = 0; t < configured.size(); t++) {
            TopicDefinition def = configured.get(t);
            List<String> all = new ArrayList<>(def.phrases());
            all.addAll(def.synonyms());
            for (String phrase : all) {
                String key = String.join(" ", analyzer.terms(phrase));
                if (key.indexOf(' ') > 0) {
                    Concept c = new Concept(key);
                    c.configured = true;
                    c.kind = Kind.PHRASE;
                    c.docs = docSets.get(t);
                    c.papers = c.docs.length;
                    phrases.add(c);
                }
            }
        }
        return phrases;
    }

    /** A name ("Gemma") or a phrase written with capitals inside sentences ("Navier-Stokes"). */
    private static boolean isNameLike(Concept c) {
        if (c.kind == Kind.NAME) {
            return true;
        }
        int inside = 0;
        int capitalized = 0;
        for (Map.Entry<String, int[]> e : c.surfaces.entrySet()) {
            inside += e.getValue()[1];
            if (Character.isUpperCase(e.getKey().charAt(0))) {
                capitalized += e.getValue()[1];
            }
        }
        return inside > 0 && capitalized * 5 >= inside * 4;
    }

    private boolean onlyGenericFrom(String[] terms, int from) {
        for (int i = from; i < terms.length; i++) {
            if (!words.isGeneric(terms[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The concepts to keep, strongest first: each one unless it is a near copy of a configured topic or of a stronger
     * concept already kept: most of its papers are the other's, and it has most of the other's papers.
     */
    private static List<Integer> keepDistinct(List<Integer> order, List<Concept> candidates, List<int[]> configured,
                                              int n) {
        List<int[]> keptSets = new ArrayList<>(configured);
        int[][] byDoc = new int[n][]; // doc -> indexes into keptSets
        int[] byDocSize = new int[n];
        for (int s = 0; s < keptSets.size(); s++) {
            addToDocs(keptSets.get(s), s, byDoc, byDocSize);
        }
        List<Integer> kept = new ArrayList<>();
        int[] checked = new int[Math.max(16, keptSets.size() * 2)];
        int stamp = 0;
        for (int i : order) {
            int[] docs = candidates.get(i).docs;
            stamp++;
            // a set holding SAME_PAPERS of these papers holds one of the first `probe` of them
            int probe = Math.min(docs.length, docs.length - (int) Math.ceil(SAME_PAPERS * docs.length) + 1);
            boolean same = false;
            for (int j = 0; j < probe && !same; j++) {
                int d = docs[j];
                for (int x = 0; x < byDocSize[d] && !same; x++) {
                    int s = byDoc[d][x];
                    if (checked.length <= s) {
                        checked = Arrays.copyOf(checked, Math.max(s + 1, checked.length * 2));
                    }
                    if (checked[s] == stamp) {
                        continue;
                    }
                    checked[s] = stamp;
                    int[] other = keptSets.get(s);
                    same = docs.length >= NEAR_COPY_SIZE * other.length && other.length >= SAME_PAPERS * docs.length
                            && sharesAtLeast(docs, other, (int) Math.ceil(SAME_PAPERS * docs.length));
                }
            }
            if (!same) {
                kept.add(i);
                keptSets.add(docs);
                addToDocs(docs, keptSets.size() - 1, byDoc, byDocSize);
            }
        }
        return kept;
    }

    private static void addToDocs(int[] docs, int set, int[][] byDoc, int[] byDocSize) {
        for (int d : docs) {
            if (byDoc[d] == null) {
                byDoc[d] = new int[4];
            } else if (byDocSize[d] == byDoc[d].length) {
                byDoc[d] = Arrays.copyOf(byDoc[d], byDoc[d].length * 2);
            }
            byDoc[d][byDocSize[d]++] = set;
        }
    }

    /** Whether two ascending arrays share at least {@code needed} elements; stops as soon as that is decided. */
    private static boolean sharesAtLeast(int[] a, int[] b, int needed) {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < a.length && j < b.length) {
            if (count >= needed) {
                return true;
            }
            if (count + Math.min(a.length - i, b.length - j) < needed) {
                return false;
            }
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count >= needed;
    }

    /**
     * The form to show: the one most often written inside sentences (so that its capitals mean something), else the
     * most common one with sentence-initial capitals lowered.
     */
    private static String bestSurface(Concept c) {
        String best = null;
        int bestInside = 0;
        int bestCount = 0;
        // "correlated insulator" rather than "correlated insulating": a topic is named by a noun
        boolean nounsOnly = c.surfaces.keySet().stream().anyMatch(TopicDiscovery::endsInNoun);
        for (Map.Entry<String, int[]> e : c.surfaces.entrySet()) {
            int count = e.getValue()[0];
            int inside = e.getValue()[1];
            if (nounsOnly && !endsInNoun(e.getKey())) {
                continue;
            }
            if (best == null || inside > bestInside || (inside == bestInside && count > bestCount)
                    || (inside == bestInside && count == bestCount && e.getKey().length() < best.length())) {
                best = e.getKey();
                bestInside = inside;
                bestCount = count;
            }
        }
        if (best == null) {
            return c.acronyms.isEmpty() ? c.key : c.acronyms.get(0);
        }
        best = best.replaceAll("\\s+", " ");
        if (bestInside == 0) {
            best = lowerFirstWord(best);
        }
        if (!c.acronyms.isEmpty() || c.terms.length > 1) {
            best = lowerTitleCase(best);
        }
        return best;
    }

    private static boolean endsInNoun(String form) {
        int space = Math.max(form.lastIndexOf(' '), form.lastIndexOf('-'));
        return TopicWords.looksLikeNounOrGerund(form.substring(space + 1));
    }

    /** {@code Large language models} at the start of a sentence is {@code large language models}. */
    private static String lowerFirstWord(String form) {
        int end = 0;
        while (end < form.length() && Character.isLetter(form.charAt(end))) {
            end++;
        }
        String word = form.substring(0, end);
        boolean capitalizedOnly = end > 1 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
        return capitalizedOnly ? word.toLowerCase(Locale.ROOT) + form.substring(end) : form;
    }

    /** {@code Mirror Descent Value Iteration} is written {@code mirror descent value iteration}; names in capitals stay. */
    private static String lowerTitleCase(String form) {
        String[] parts = form.split(" ");
        int capitalized = 0;
        for (String p : parts) {
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))
                    && p.substring(1).equals(p.substring(1).toLowerCase(Locale.ROOT))) {
                capitalized++;
            }
        }
        if (parts.length < 2 || capitalized < parts.length) {
            return form;
        }
        return form.toLowerCase(Locale.ROOT);
    }

    /** A topic's name: its phrase with a capital first letter. */
    private static String nameOf(String phrase) {
        if (phrase.isEmpty() || !Character.isLowerCase(phrase.charAt(0))) {
            return phrase;
        }
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}

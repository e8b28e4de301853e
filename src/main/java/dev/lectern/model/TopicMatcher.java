package dev.lectern.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files texts under topics: a topic matches when one of its phrases or synonyms occurs in the text's analyzed terms
 * (so {@code "LLMs"}, {@code "Q function"} and {@code "distilling"} match {@code "LLM"}, {@code "Q-function"} and
 * {@code "distillation"}) without punctuation inside, or one of its acronyms occurs as written (a plural
 * {@code s} and a hyphenated suffix such as {@code RLHF-trained} allowed). Cost is linear in the text: each term
 * looks up only the phrases that start with it.
 */
final class TopicMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    /** A phrase of one topic, as analyzed terms. */
    private record Rule(int topic, String[] terms) {
    }

    /**
     * One topic matched in a text.
     *
     * @param topic         the topic's index in the list the matcher was made with
     * @param count         how often it is mentioned
     * @param firstPosition where in the plain text it is first mentioned
     * @param reason        why, for a reader: {@code mentions “knowledge distillation”} or {@code defines RLHF}
     */
    record Match(int topic, int count, int firstPosition, String reason) {
    }

    private final TermAnalyzer analyzer;
    private final Map<String, List<Rule>> rulesByFirstTerm = new HashMap<>();
    private final Map<String, List<Integer>> topicsByAcronym = new HashMap<>();

    TopicMatcher(List<TopicDefinition> topics, TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (int t = 0; t < topics.size(); t++) {
            TopicDefinition topic = topics.get(t);
            List<String> phrases = new ArrayList<>(topic.phrases());
            phrases.addAll(topic.synonyms());
            if (phrases.isEmpty() && topic.acronyms().isEmpty()) {
                phrases.add(topic.name());
            }
            for (String phrase : phrases) {
                List<String> terms = analyzer.terms(phrase);
                if (!terms.isEmpty()) {
                    List<Rule> rules = rulesByFirstTerm.computeIfAbsent(terms.get(0), k -> new ArrayList<>());
                    Rule rule = new Rule(t, terms.toArray(String[]::new));
                    if (rules.stream().noneMatch(r -> r.topic() == rule.topic() && sameTerms(r.terms(), rule.terms()))) {
                        rules.add(rule);
                    }
                }
            }
            for (String acronym : topic.acronyms()) {
                String a = acronym.strip();
                if (!a.isEmpty()) {
                    addAcronym(a, t);
                    if (Character.isLowerCase(a.charAt(0))) {
                        addAcronym(Character.toUpperCase(a.charAt(0)) + a.substring(1), t); // "Cryo-EM maps ..."
                    }
                }
            }
        }
    }

    private void addAcronym(String acronym, int topic) {
        List<Integer> list = topicsByAcronym.computeIfAbsent(acronym, k -> new ArrayList<>());
        if (!list.contains(topic)) {
            list.add(topic);
        }
    }

    /** {@link #match(AnalyzedText)} of a text not yet analyzed. */
    List<Match> match(String text) {
        return match(analyzer.analyze(text));
    }

    /** The topics {@code text} matches, most often mentioned first, then earliest, then in the matcher's order. */
    List<Match> match(AnalyzedText text) {
        Map<Integer, Found> found = new HashMap<>(); // the matches are sorted below, so order does not matter here
        for (int i = 0; i < text.size(); i++) {
            List<Rule> rules = rulesByFirstTerm.get(text.term(i));
            if (rules == null) {
                continue;
            }
            for (Rule rule : rules) {
                if (matchesAt(text, i, rule.terms())) {
                    String written = text.written(i, i + rule.terms().length);
                    found.computeIfAbsent(rule.topic(), k -> new Found()).mention(text.start(i), written, null);
                }
            }
        }
        if (!topicsByAcronym.isEmpty()) {
            String plain = text.plain();
            Matcher word = WORD.matcher(plain);
            while (word.find()) {
                acronymMentions(plain, word.group(), word.start(), found);
            }
        }
        List<Match> matches = new ArrayList<>(found.size());
        found.forEach((topic, f) -> matches.add(new Match(topic, f.count, f.first, f.reason())));
        matches.sort(Comparator.comparingInt(Match::count).reversed()
                .thenComparingInt(Match::firstPosition)
                .thenComparingInt(Match::topic));
        return matches;
    }

    /**
     * Records the acronyms {@code word} is: the whole word ({@code scRNA-seq}), else each of its hyphenated parts
     * ({@code RLHF-trained}, {@code non-RL}).
     */
    private void acronymMentions(String plain, String word, int start, Map<Integer, Found> found) {
        List<Integer> topics = acronymTopics(word);
        if (topics != null) {
            recordAcronym(plain, word, start, topics, found);
            return;
        }
        int from = 0;
        while (from < word.length()) {
            int hyphen = word.indexOf('-', from);
            int to = hyphen < 0 ? word.length() : hyphen;
            if (to > from) {
                String part = word.substring(from, to);
                List<Integer> partTopics = acronymTopics(part);
                if (partTopics != null) {
                    recordAcronym(plain, part, start + from, partTopics, found);
                }
            }
            from = to + 1;
        }
    }

    private static void recordAcronym(String plain, String written, int start, List<Integer> topics,
                                      Map<Integer, Found> found) {
        int end = start + written.length();
        boolean defined = start > 0 && plain.charAt(start - 1) == '(' && end < plain.length()
                && plain.charAt(end) == ')';
        String definedAs = defined ? AcronymDefinitions.singular(written) : null;
        for (int topic : topics) {
            found.computeIfAbsent(topic, k -> new Found()).mention(start, written, definedAs);
        }
    }

    private List<Integer> acronymTopics(String word) {
        List<Integer> topics = topicsByAcronym.get(word);
        if (topics == null && word.length() > 2 && word.endsWith("s")) {
            topics = topicsByAcronym.get(word.substring(0, word.length() - 1)); // LLMs -> LLM
        }
        return topics;
    }

    /** The mentions of one topic in one text. */
    private static final class Found {
        int count;
        int first = Integer.MAX_VALUE;
        String firstWritten;
        String defined;

        void mention(int position, String written, String definedAs) {
            count++;
            if (position < first) {
                first = position;
                firstWritten = written;
            }
            if (definedAs != null && defined == null) {
                defined = definedAs;
            }
        }

        String reason() {
            return defined != null ? "defines " + defined : "mentions \u201c" + firstWritten + "\u201d";
        }
    }

    /** Whether the phrase's terms follow each other from {@code start} with no punctuation between them. */
    private static boolean matchesAt(AnalyzedText text, int start, String[] phrase) {
        if (start + phrase.length > text.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!text.term(start + k).equals(phrase[k])
                    || (text.gapBefore(start + k) & AnalyzedText.AFTER_PUNCTUATION) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTerms(String[] a, String[] b) {
        return Arrays.equals(a, b);
    }
}

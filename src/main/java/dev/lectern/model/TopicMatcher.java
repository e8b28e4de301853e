package dev.lectern.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files papers under the topics of the taxonomy: a topic matches when one of its phrases or synonyms occurs in the
 * paper's analyzed terms (so {@code "LLMs"}, {@code "Q function"} and {@code "distilling"} match {@code "LLM"},
 * {@code "Q-function"} and {@code "distillation"}), or one of its acronyms occurs as written. Cost is linear in the
 * text: each term position looks up only the phrases that start with that term.
 */
final class TopicMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A phrase of one topic, as analyzed terms, and the words it was written as. */
    private record Rule(int topic, List<String> terms, String written) {
    }

    /** One topic matched in a text: how often, where first, and which phrase matched first. */
    record Match(int topic, int count, int firstPosition, String reason) {
    }

    private final Map<String, List<Rule>> rulesByFirstTerm = new HashMap<>();
    private final Map<String, List<Rule>> acronymRules = new HashMap<>();
    private final TermAnalyzer analyzer;

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
                    rulesByFirstTerm.computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                            .add(new Rule(t, List.copyOf(terms), phrase));
                }
            }
            for (String acronym : topic.acronyms()) {
                acronymRules.computeIfAbsent(acronym.strip(), k -> new ArrayList<>())
                        .add(new Rule(t, List.of(), acronym.strip()));
            }
        }
    }

    /** The topics {@code text} matches, most often matched first, then earliest, then in taxonomy order. */
    List<Match> match(String text) {
        Map<Integer, int[]> counts = new LinkedHashMap<>(); // topic -> {count, first position}
        Map<Integer, String> reasons = new HashMap<>();
        List<String> terms = analyzer.terms(text);
        for (int i = 0; i < terms.size(); i++) {
            for (Rule rule : rulesByFirstTerm.getOrDefault(terms.get(i), List.of())) {
                if (matchesAt(terms, i, rule.terms())) {
                    record(counts, reasons, rule, i);
                }
            }
        }
        if (!acronymRules.isEmpty()) {
            Matcher word = WORD.matcher(TexText.plain(text));
            int position = 0;
            while (word.find()) {
                String w = word.group();
                List<Rule> rules = acronymRules.get(w);
                if (rules == null && w.length() > 2 && w.endsWith("s")) {
                    rules = acronymRules.get(w.substring(0, w.length() - 1)); // LLMs -> LLM
                }
                for (Rule rule : rules == null ? List.<Rule>of() : rules) {
                    record(counts, reasons, rule, position);
                }
                position++;
            }
        }
        List<Match> matches = new ArrayList<>();
        counts.forEach((topic, c) -> matches.add(new Match(topic, c[0], c[1], reasons.get(topic))));
        matches.sort(Comparator.comparingInt(Match::count).reversed()
                .thenComparingInt(Match::firstPosition)
                .thenComparingInt(Match::topic));
        return matches;
    }

    private static void record(Map<Integer, int[]> counts, Map<Integer, String> reasons, Rule rule, int position) {
        int[] c = counts.computeIfAbsent(rule.topic(), k -> new int[] {0, position});
        c[0]++;
        if (position <= c[1]) {
            c[1] = position;
            reasons.putIfAbsent(rule.topic(), rule.written());
        }
    }

    private static boolean matchesAt(List<String> terms, int start, List<String> phrase) {
        if (start + phrase.size() > terms.size()) {
            return false;
        }
        for (int k = 1; k < phrase.size(); k++) {
            if (!terms.get(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}

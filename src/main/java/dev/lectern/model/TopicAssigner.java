package dev.lectern.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Chooses each paper's topics from the topics its text mentions: those its notes list first, then the most
 * mentioned, configured topics before discovered ones at equal mentions, the stronger kind of discovered topic before
 * the weaker; a fill-in topic only when the paper has no other. At most {@code cap} per paper; a discovered topic left with fewer than {@code minPapers} papers is
 * dropped and its papers chosen again. A paper that mentions no topic is filed where its related papers are, and
 * only when they have none under "Other papers".
 */
final class TopicAssigner {

    /** The topic of last resort. */
    static final String OTHER_TOPIC_SLUG = Topic.OTHER_SLUG;

    /**
     * A topic a paper can be filed under.
     *
     * @param slug       its slug
     * @param discovered whether discovery found it (only these must reach {@code minPapers})
     * @param strength   for discovered topics, the rank of the kind of evidence (lower is stronger)
     * @param fillIn     whether it is only for papers that mention no other topic (a single common word is too
     *                   vague to stand beside specific topics)
     */
    record Candidate(String slug, boolean discovered, int strength, boolean fillIn) {
    }

    private TopicAssigner() {
    }

    /**
     * The topics of each paper, main topic first, each with the reason a reader sees.
     *
     * @param topics     every topic that can be chosen, indexed as the matches index them
     * @param fromNotes  for each paper, the topics its notes list (indexes into {@code topics})
     * @param matches    for each paper, the topics its text mentions
     * @param related    for each paper, its related papers
     * @param cap        the most topics per paper
     * @param minPapers  the fewest papers a discovered topic may have
     */
    static List<List<Paper.TopicAssignment>> assign(List<Candidate> topics, List<List<Integer>> fromNotes,
                                                    List<List<TopicMatcher.Match>> matches, int[][] related,
                                                    int cap, int minPapers) {
        int n = matches.size();
        int limit = Math.max(1, cap);
        Comparator<TopicMatcher.Match> order = Comparator.comparingInt(TopicMatcher.Match::count).reversed()
                .thenComparing(m -> topics.get(m.topic()).discovered())
                .thenComparingInt(m -> topics.get(m.topic()).strength())
                .thenComparingInt(TopicMatcher.Match::firstPosition)
                .thenComparingInt(TopicMatcher.Match::topic);
        // each paper's topics are its own: ranked and picked on every core (at 100,000 papers this took 0.25 s of a
        // rebuild on one core), then counted per topic in paper order
        List<List<TopicMatcher.Match>> ranked = matches.parallelStream()
                .map(list -> list.stream().sorted(order).toList()).toList();
        boolean[] alive = new boolean[topics.size()];
        Arrays.fill(alive, true);
        List<Picked> chosen;
        while (true) {
            chosen = IntStream.range(0, n).parallel()
                    .mapToObj(p -> pick(topics, fromNotes.get(p), ranked.get(p), alive, limit)).toList();
            int[] members = new int[topics.size()];
            for (Picked picked : chosen) {
                for (int t : picked.matched()) {
                    members[t]++;
                }
            }
            boolean dropped = false;
            for (int t = 0; t < topics.size(); t++) {
                if (alive[t] && topics.get(t).discovered() && members[t] < minPapers) {
                    alive[t] = false;
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }
        List<List<Paper.TopicAssignment>> assignments = new ArrayList<>(n);
        chosen.forEach(picked -> assignments.add(picked.topics()));
        fillUnmatched(assignments, related);
        return List.copyOf(assignments);
    }

    /** A paper's topics, and which of the topics its text mentions were picked (their indexes). */
    private record Picked(List<Paper.TopicAssignment> topics, int[] matched) {
    }

    /** The topics of one paper: those its notes list, then its ranked matches among the topics still alive. */
    private static Picked pick(List<Candidate> topics, List<Integer> fromNotes, List<TopicMatcher.Match> ranked,
                               boolean[] alive, int limit) {
        Map<String, Paper.TopicAssignment> picked = new LinkedHashMap<>();
        for (int t : fromNotes) {
            picked.putIfAbsent(topics.get(t).slug(), new Paper.TopicAssignment(topics.get(t).slug(),
                    "listed in its notes"));
        }
        int[] matched = new int[limit];
        int count = 0;
        for (boolean fillIn : new boolean[] {false, true}) {
            for (TopicMatcher.Match m : ranked) {
                Candidate topic = topics.get(m.topic());
                if (picked.size() >= (fillIn ? 1 : limit)) {
                    break;
                }
                if (alive[m.topic()] && topic.fillIn() == fillIn && !picked.containsKey(topic.slug())) {
                    picked.put(topic.slug(), new Paper.TopicAssignment(topic.slug(), m.reason()));
                    matched[count++] = m.topic();
                }
            }
        }
        return new Picked(List.copyOf(picked.values()), Arrays.copyOf(matched, count));
    }

    /**
     * A paper that mentions no topic is filed under the topic most common among its related papers, so that every
     * paper has a topic and a reader can find it from a topic page.
     */
    private static void fillUnmatched(List<List<Paper.TopicAssignment>> assignments, int[][] related) {
        List<List<Paper.TopicAssignment>> matched = List.copyOf(assignments); // each paper's list is unmodifiable
        for (int i = 0; i < assignments.size(); i++) {
            if (!assignments.get(i).isEmpty()) {
                continue;
            }
            // closer related papers weigh more, and so does each one's main topic
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (int r = 0; r < related[i].length; r++) {
                List<Paper.TopicAssignment> topics = matched.get(related[i][r]);
                for (int k = 0; k < topics.size(); k++) {
                    votes.merge(topics.get(k).topicSlug(), (related[i].length - r) * (k == 0 ? 2 : 1), Integer::sum);
                }
            }
            // at equal votes, the topic of the closest related paper wins (the sort is stable)
            String best = votes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).findFirst().orElse(OTHER_TOPIC_SLUG);
            String reason = best.equals(OTHER_TOPIC_SLUG) ? "mentions no topic of the site"
                    : "like its related papers";
            assignments.set(i, List.of(new Paper.TopicAssignment(best, reason, true)));
        }
    }
}

package dev.lectern.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times related papers and topic discovery on synthetic abstracts (not a unit test; run by hand):
 * {@code java -cp target/test-classes:target/classes:<deps> dev.lectern.model.TopicsBenchmark 100000}.
 * Abstracts are about 200 characters, drawn from latent topics, each with its own words, phrases and acronyms,
 * over a Zipf-distributed background vocabulary, with the function words of real abstracts.
 */
final class TopicsBenchmark {

    private static final String[] FUNCTION = {"we", "the", "of", "and", "a", "in", "to", "for", "with", "that",
        "this", "is", "on", "by", "our", "propose", "show", "results", "method", "approach", "which", "can"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "tor", "va", "sil", "quen", "dra", "phi",
        "tel", "ost", "ram", "cu", "zen", "bri", "mox", "ler", "gan", "ith", "ro", "sa", "pel", "dun"};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(7);
        List<String> abstracts = generate(n, random);
        System.out.printf("%d synthetic abstracts, %.0f characters on average%n", n,
                abstracts.stream().mapToInt(String::length).average().orElse(0));
        for (int round = 0; round < 2; round++) {
            try (TermAnalyzer analyzer = new TermAnalyzer()) {
                long t0 = System.nanoTime();
                long c0 = cpu();
                List<AnalyzedText> texts = abstracts.parallelStream().map(analyzer::analyze).toList();
                long t1 = System.nanoTime();
                long c1 = cpu();
                int[][] related = RelatedPapers.topK(texts.stream().map(AnalyzedText::terms).toList(), 5);
                long t2 = System.nanoTime();
                long c2 = cpu();
                TopicDiscovery.Result found = TopicDiscovery.discover(texts, List.of(), 2, analyzer);
                long t3 = System.nanoTime();
                long c3 = cpu();
                List<TopicAssigner.Candidate> candidates = found.discovered().stream()
                        .map(f -> new TopicAssigner.Candidate(f.definition().slug(), true, f.kind().ordinal(), f.kind() == TopicDiscovery.Kind.WORD))
                        .toList();
                List<List<Integer>> notes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    notes.add(List.of());
                }
                var assigned = TopicAssigner.assign(candidates, notes, found.matches(), related, 4, found.minPapers());
                long t4 = System.nanoTime();
                long c4 = cpu();
                long withoutTopic = assigned.stream()
                        .filter(a -> a.get(0).topicSlug().equals(TopicAssigner.OTHER_TOPIC_SLUG)).count();
                System.out.printf("round %d (wall / CPU seconds): analysis %.2f / %.2f, related papers %.2f / %.2f, "
                                + "discovery %.2f / %.2f, assignment %.2f / %.2f; %d discovered topics, "
                                + "%d papers under Other papers, at least %d papers each, example: %s%n", round + 1,
                        (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9, (c2 - c1) / 1e9, (t3 - t2) / 1e9,
                        (c3 - c2) / 1e9, (t4 - t3) / 1e9, (c4 - c3) / 1e9, found.discovered().size(), withoutTopic, found.minPapers(),
                        found.discovered().stream().limit(3).map(f -> f.definition().name()).toList());
            }
        }
    }

    /** CPU time of the whole process (all threads, the collector's too), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static List<String> generate(int n, Random random) {
        int vocabularySize = 40_000;
        String[] vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary[i] = word(random, 2 + random.nextInt(3)) + (i % 7 == 0 ? "s" : "");
        }
        double[] zipf = new double[vocabularySize];
        double sum = 0;
        for (int i = 0; i < vocabularySize; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        int topics = Math.max(10, n / 50);
        String[][] topicWords = new String[topics][];
        String[][] topicPhrases = new String[topics][];
        String[] acronyms = new String[topics];
        for (int t = 0; t < topics; t++) {
            topicWords[t] = new String[12];
            for (int i = 0; i < 12; i++) {
                topicWords[t][i] = vocabulary[100 + random.nextInt(vocabularySize - 100)];
            }
            topicPhrases[t] = new String[3];
            for (int i = 0; i < 3; i++) {
                topicPhrases[t][i] = topicWords[t][random.nextInt(12)] + " " + topicWords[t][random.nextInt(12)];
            }
            String[] parts = topicPhrases[t][0].split(" ");
            acronyms[t] = (parts[0].substring(0, 1) + parts[1].substring(0, 1)).toUpperCase()
                    + (char) ('A' + t % 26) + (t / 26 % 10);
        }
        double[] topicZipf = new double[topics];
        double topicSum = 0;
        for (int t = 0; t < topics; t++) {
            topicSum += 1.0 / Math.sqrt(t + 1);
            topicZipf[t] = topicSum;
        }
        List<String> result = new ArrayList<>(n);
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < n; d++) {
            text.setLength(0);
            int topic = pick(topicZipf, topicSum, random);
            int second = pick(topicZipf, topicSum, random);
            if (random.nextInt(4) == 0) {
                text.append(capitalize(topicPhrases[topic][0])).append(" (").append(acronyms[topic]).append(") ");
            }
            while (text.length() < 200) {
                int r = random.nextInt(10);
                if (r < 3) {
                    text.append(FUNCTION[random.nextInt(FUNCTION.length)]);
                } else if (r < 5) {
                    int t = random.nextInt(5) == 0 ? second : topic;
                    text.append(random.nextBoolean() ? topicWords[t][random.nextInt(12)]
                            : topicPhrases[t][random.nextInt(3)]);
                } else if (r < 6) {
                    text.append(acronyms[topic]);
                } else {
                    double u = random.nextDouble() * sum;
                    int i = Arrays.binarySearch(zipf, u);
                    text.append(vocabulary[Math.min(vocabularySize - 1, i < 0 ? -i - 1 : i)]);
                }
                text.append(random.nextInt(12) == 0 ? ". " : " ");
            }
            result.add(text.substring(0, 200).strip());
        }
        return result;
    }

    private static int pick(double[] cumulative, double sum, Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package dev.lectern.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A site folder with {@code n} made-up papers whose abstracts read like the seed listings (about 200 characters, cut
 * with {@code ...}, some inline math), spread over two listings and a small taxonomy; the same {@code n} always gives
 * the same files.
 */
final class SyntheticSite {

    private static final String[] OPENINGS = {"We study", "We propose", "We introduce", "This paper analyzes",
        "We present", "We revisit", "We show that", "We investigate"};
    private static final String[] SUBJECTS = {"knowledge distillation", "reward models", "value functions",
        "offline reinforcement learning", "policy gradient methods", "speculative decoding", "chain-of-thought reasoning",
        "scalable oversight", "representation learning", "Q-learning", "preference optimization", "test-time compute",
        "sparse autoencoders", "in-context learning", "model-based planning", "exploration bonuses"};
    private static final String[] OBJECTS = {"for large language models", "in Atari games", "on grade-school math",
        "for continuous control", "under distribution shift", "with synthetic data", "at scale",
        "for code generation", "with human feedback", "in multi-agent settings"};
    private static final String[] CLAIMS = {"improves sample efficiency", "reduces inference cost",
        "matches a much larger teacher", "closes the gap to human performance", "stabilizes training",
        "generalizes to unseen tasks", "halves the error", "scales with model size"};
    private static final String[] DETAILS = {"using a student model trained on its own samples",
        "with a verifier that reranks candidate solutions", "by bounding the error of the Bellman operator",
        "through a regularized objective with a KL penalty", "with an auxiliary loss on the representation",
        "without any additional labelled data", "while keeping the number of parameters fixed"};
    private static final String[] MATH = {"$O(\\sqrt{T})$", "$\\epsilon$", "$k \\le 8$", "$Q^\\pi$", "$1-\\gamma$"};

    private SyntheticSite() {
    }

    /** Writes the site into {@code dir} and returns it. */
    static Path write(Path dir, int n) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Random random = new Random(n);
        int half = n / 2;
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (i < half ? first : second).add(abstractText(random, i));
        }
        writeListing(dir.resolve("seeds/first.txt"), first);
        writeListing(dir.resolve("seeds/second.txt"), second);
        Files.writeString(dir.resolve("site.yml"), """
                title: Synthetic digest
                base-url: https://example.org/synthetic/
                topics:
                  - name: Knowledge distillation
                    phrases: [knowledge distillation, student model, teacher]
                  - name: Reinforcement learning
                    phrases: [reinforcement learning, Q-learning, policy gradient, value functions, Bellman]
                  - name: Verifiers and reward models
                    phrases: [reward models, verifier]
                  - name: Reasoning
                    phrases: [chain-of-thought reasoning, grade-school math, test-time compute]
                  - name: Efficient inference
                    phrases: [speculative decoding, inference cost]
                options:
                  discover-topics: false
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static void writeListing(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder(lines.size() + " papers on arXiv\n");
        lines.forEach(l -> text.append(l).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String abstractText(Random r, int i) {
        String text = pick(r, OPENINGS) + " " + pick(r, SUBJECTS) + " " + pick(r, OBJECTS) + " (study " + i + "). "
                + "Our method " + pick(r, CLAIMS) + " " + pick(r, DETAILS) + ", with a rate of " + pick(r, MATH)
                + "; experiments on " + (3 + r.nextInt(40)) + " benchmarks show that it " + pick(r, CLAIMS) + " and "
                + pick(r, CLAIMS) + " " + pick(r, DETAILS);
        return text.substring(0, Math.min(text.length(), 220)).stripTrailing() + "...";
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}

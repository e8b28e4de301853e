package dev.lectern.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic synthetic arXiv-style abstracts for benchmarks: paper {@code i} is the same whatever the corpus
 * size, so the 10,000-paper corpus is the first part of the 100,000-paper one. Abstracts read like real ones: a
 * skewed mix of topics (a few big ones, a long tail), acronyms defined in parentheses, inline TeX, a long tail of
 * rare technical words (so similarity search sees realistic term statistics), and a cut at about 200 characters.
 */
final class SyntheticPapers {

    /** One topic of the generated taxonomy: how site.yml names it and the words its papers use. */
    record TopicSpec(String name, List<String> phrases, List<String> acronyms, List<String> words) {
    }

    /** One generated paper: its abstract as a listing line gives it, and the topics it was written about. */
    record PaperText(String text, boolean cut, List<Integer> topics, List<String> keywords) {

        /** The listing line: the text, and {@code ...} where it was cut. */
        String line() {
            return cut ? text + "..." : text;
        }
    }

    static final List<TopicSpec> TOPICS = List.of(
            topic("Large language models", "large language model, language model", "LLM",
                    "prompting, pretraining, tokenizer, instruction, chat, alignment, decoding, context, scaling, emergent"),
            topic("Reinforcement learning", "reinforcement learning, policy optimization", "RL",
                    "reward, policy, agent, environment, exploration, return, trajectory, actor, critic, rollout"),
            topic("Diffusion models", "diffusion model, score matching", "DDPM",
                    "denoising, sampler, noise schedule, guidance, latent, image synthesis, score, reverse process"),
            topic("Graph neural networks", "graph neural network, message passing", "GNN",
                    "node, edge, graph, neighbourhood, aggregation, molecule, link prediction, oversmoothing"),
            topic("Knowledge distillation", "knowledge distillation, teacher model, student model", "KD",
                    "teacher, student, logits, compression, soft label, temperature, dark knowledge"),
            topic("Federated learning", "federated learning", "FL",
                    "client, server, aggregation, heterogeneity, communication round, privacy, local update"),
            topic("Vision transformers", "vision transformer, self-attention", "ViT",
                    "patch, attention head, token, image classification, positional encoding, backbone"),
            topic("Robustness and adversarial examples", "adversarial example, adversarial robustness", "",
                    "perturbation, attack, certified, threat model, robust accuracy, adversarial training"),
            topic("Bayesian inference", "bayesian inference, variational inference", "VI",
                    "posterior, prior, likelihood, evidence, uncertainty, Monte Carlo, sampling"),
            topic("Scalable oversight", "scalable oversight, debate protocol", "",
                    "judge, debater, consultancy, supervision, superhuman, honesty"),
            topic("Speech recognition", "speech recognition, automatic speech recognition", "ASR",
                    "acoustic, phoneme, spectrogram, transcription, word error rate, speaker"),
            topic("Causal inference", "causal inference, causal discovery", "",
                    "confounder, intervention, counterfactual, treatment effect, instrument, identifiability"),
            topic("Neural architecture search", "neural architecture search", "NAS",
                    "search space, supernet, cell, controller, weight sharing, architecture"),
            topic("Continual learning", "continual learning, catastrophic forgetting", "",
                    "task sequence, replay, rehearsal, plasticity, stability, memory buffer"),
            topic("Time series forecasting", "time series forecasting, time series", "",
                    "horizon, seasonality, forecast, temporal, sensor, multivariate, lag"),
            topic("Recommender systems", "recommender system, collaborative filtering", "CTR",
                    "user, item, click, ranking, embedding table, implicit feedback, session"),
            topic("Protein structure", "protein structure, protein folding", "",
                    "residue, amino acid, fold, docking, sequence alignment, structure prediction"),
            topic("Mixture of experts", "mixture of experts, sparse expert", "MoE",
                    "router, expert, gating, load balancing, sparsity, capacity factor"),
            topic("Quantization", "quantization, low-bit inference", "",
                    "bit width, integer, calibration, outlier, weight quantization, activation"),
            topic("Contrastive learning", "contrastive learning, self-supervised learning", "SSL",
                    "augmentation, positive pair, negative sample, representation, projection head, view"),
            topic("Autonomous driving", "autonomous driving, motion planning", "",
                    "lidar, trajectory prediction, vehicle, pedestrian, occupancy, bird's-eye view"),
            topic("Medical imaging", "medical imaging, medical image segmentation", "MRI",
                    "scan, lesion, radiology, segmentation mask, tumour, clinical"),
            topic("Optimization theory", "stochastic gradient descent, convex optimization", "SGD",
                    "convergence, step size, momentum, saddle point, smoothness, regret"),
            topic("Fairness", "algorithmic fairness, fairness", "",
                    "bias, demographic parity, protected attribute, disparity, equal opportunity, audit"));

    private static final String[] GENERAL = words(
            "model, method, approach, framework, performance, accuracy, training, data, dataset, benchmark, result, "
                    + "network, learning, task, representation, loss, objective, inference, generalization, efficiency, "
                    + "baseline, experiment, evaluation, analysis, algorithm, parameter, architecture, feature, signal, "
                    + "structure, distribution, estimate, error, bound, theory, sample, memory, compute, cost, latency, "
                    + "throughput, robustness, transfer, domain, prior work, state of the art, setting, regime, scale, "
                    + "capacity, depth, width, layer, module, component, mechanism, pipeline, system, tool, library, "
                    + "metric, score, gap, trade-off, objective function, regularizer, constraint, solver, heuristic, "
                    + "surrogate, proxy, signal-to-noise ratio, variance, bias, noise, label, annotation, supervision, "
                    + "fine-tuning, adaptation, initialization, schedule, budget, ablation, failure mode, limitation");
    private static final String[] ADJECTIVES = words(
            "simple, scalable, efficient, principled, novel, unified, lightweight, robust, adaptive, hierarchical, "
                    + "sparse, dense, modular, theoretically grounded, data-efficient, compute-optimal, general, "
                    + "provably convergent, end-to-end, training-free, plug-and-play, open-source, interpretable");
    private static final String[] VERBS = words(
            "improves, reduces, outperforms, matches, generalizes, accelerates, stabilizes, simplifies, "
                    + "explains, predicts, recovers, exploits, learns, combines, decouples, aligns, regularizes");
    private static final String[] TEX = {
            "$O(n \\log n)$", "$\\mathcal{O}(\\sqrt{T})$", "$\\epsilon$-greedy", "$k$-nearest neighbours",
            "$\\ell_1$ penalty", "$Q$-function", "$p < 0.05$", "$\\alpha = 0.1$", "$1/\\sqrt{d}$ scaling",
            "$10^{-3}$ error", "$\\times$2 speed-up", "$n \\geq 2$ agents", "$L_2$ distance", "$\\beta$-VAE",
            "up to~3x", "Table~1", "rank-$r$ updates", "$\\tilde{O}(d^2)$ samples"};
    private static final String[] ODD = {
            "Schrödinger bridges", "naïve Bayes", "Erdős–Rényi graphs", "Kullback–Leibler divergence",
            "<i>in vivo</i> data", "a <b>bold</b> claim", "α-divergence", "Müller's method", "≈1% of the cost",
            "the \"oracle\" & the 'student'", "Pareto-optimal fronts", "Lévy flights"};

    /** Rare words: a long Zipf tail of made-up technical terms, as real abstracts have. */
    private static final int TAIL_WORDS = 60_000;
    private static final String[] SYLLABLES = words(
            "neu, ro, morph, tal, gra, dient, spec, tra, vec, tor, hy, per, quan, tum, lat, tice, ker, nel, "
                    + "flux, ion, syn, thet, cor, tex, mag, net, ther, mo, dyn, ami, cal, ton, pho, ton, lin, ear, "
                    + "geo, met, ric, topo, log, ist, bio, chem, nano, opti, cell, ula, fer, mion, plex, oid");

    private final long seed;

    SyntheticPapers(long seed) {
        this.seed = seed;
    }

    /** Paper number {@code i}: the same for a given seed whatever else is generated. */
    PaperText paper(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int main = skewedTopic(r);
        List<Integer> topics = new ArrayList<>(List.of(main));
        if (r.nextDouble() < 0.35) {
            int second = skewedTopic(r);
            if (second != main) {
                topics.add(second);
            }
        }
        TopicSpec t = TOPICS.get(main);
        TopicSpec t2 = TOPICS.get(topics.get(topics.size() - 1));
        List<String> keywords = new ArrayList<>();
        String system = systemName(r);
        StringBuilder text = new StringBuilder();
        text.append(opening(r, t, keywords)).append(' ');
        text.append(contribution(r, t2, system, keywords)).append(' ');
        while (text.length() < 260) {
            text.append(result(r, system, t, keywords)).append(' ');
        }
        String full = text.toString().strip();
        boolean cut = r.nextDouble() < 0.92;
        String body = cut ? cutAt(full, 170 + r.nextInt(50)) : firstSentences(full, 2);
        return new PaperText(body, cut, List.copyOf(topics), List.copyOf(keywords));
    }

    /** Another listing's copy of the same paper: the same text, sometimes cut shorter. */
    static PaperText shorterCopy(PaperText paper, Random r) {
        if (r.nextBoolean() || paper.text().length() < 120) {
            return paper;
        }
        return new PaperText(cutAt(paper.text(), paper.text().length() - 20 - r.nextInt(40)), true, paper.topics(),
                paper.keywords());
    }

    /** Topic 0 is the most common; topic k about 1/(k+1) as common. */
    private static int skewedTopic(Random r) {
        double total = 0;
        for (int k = 0; k < TOPICS.size(); k++) {
            total += 1.0 / (k + 1);
        }
        double x = r.nextDouble() * total;
        for (int k = 0; k < TOPICS.size(); k++) {
            x -= 1.0 / (k + 1);
            if (x <= 0) {
                return k;
            }
        }
        return TOPICS.size() - 1;
    }

    private String opening(Random r, TopicSpec t, List<String> keywords) {
        String phrase = pick(r, t.phrases());
        String acronym = t.acronyms().isEmpty() || r.nextDouble() < 0.3 ? "" : " (" + pick(r, t.acronyms())
                + (r.nextBoolean() && phrase.endsWith("model") ? "s" : "") + ")";
        String word = topicWord(r, t, keywords);
        String general = pick(r, GENERAL);
        return switch (r.nextInt(6)) {
            case 0 -> capitalize(phrase) + acronym + " is widely used for " + word + " and " + general + ".";
            case 1 -> "An open challenge in " + phrase + acronym + " is the " + pick(r, ADJECTIVES) + " "
                    + general + " of " + word + " to new " + tail(r, keywords) + " settings.";
            case 2 -> capitalize(word) + " remains " + pick(r, "costly", "brittle", "poorly understood",
                    "hard to evaluate") + " in " + phrase + acronym + ", yet " + general + " depends on it.";
            case 3 -> "Recent advances in " + phrase + acronym + " have made " + word + " practical, but "
                    + tail(r, keywords) + " " + pick(r, GENERAL) + " still lags behind.";
            case 4 -> "The " + pick(r, TEX) + " is a central quantity in many " + phrase + acronym + " methods.";
            default -> capitalize(pick(r, GENERAL)) + " of " + word + " is a key step of " + phrase + acronym
                    + " pipelines, and " + pick(r, ODD) + " make it harder.";
        };
    }

    private String contribution(Random r, TopicSpec t, String system, List<String> keywords) {
        String method = pick(r, "method", "framework", "algorithm", "architecture", "training recipe", "benchmark");
        String adjective = pick(r, ADJECTIVES);
        String article = "aeiou".indexOf(adjective.charAt(0)) >= 0 ? "an " : "a ";
        return switch (r.nextInt(4)) {
            case 0 -> "We introduce " + system + ", " + article + adjective + " " + method + " for "
                    + pick(r, t.phrases()) + " that " + pick(r, VERBS) + " " + topicWord(r, t, keywords) + " via "
                    + tail(r, keywords) + " " + pick(r, GENERAL) + ".";
            case 1 -> "We propose " + article + adjective + " " + method + ", which we call " + system + ", that "
                    + pick(r, VERBS) + " " + topicWord(r, t, keywords) + " with " + pick(r, TEX) + ".";
            case 2 -> "In this paper we study " + topicWord(r, t, keywords) + " in " + pick(r, t.phrases())
                    + ", where " + tail(r, keywords) + " " + pick(r, GENERAL) + " " + pick(r, VERBS) + " "
                    + pick(r, GENERAL) + ".";
            default -> "We show that " + tail(r, keywords) + " " + pick(r, GENERAL) + " " + pick(r, VERBS) + " "
                    + topicWord(r, t, keywords) + " at " + pick(r, TEX) + " cost.";
        };
    }

    private String result(Random r, String system, TopicSpec t, List<String> keywords) {
        return switch (r.nextInt(4)) {
            case 0 -> "On " + (2 + r.nextInt(30)) + " " + pick(r, GENERAL) + " benchmarks, " + system + " "
                    + pick(r, VERBS) + " " + pick(r, GENERAL) + " by " + (1 + r.nextInt(40)) + "% over "
                    + pick(r, ADJECTIVES) + " baselines.";
            case 1 -> "Experiments with " + pick(r, TEX) + " show that " + tail(r, keywords) + " "
                    + topicWord(r, t, keywords) + " " + pick(r, VERBS) + " " + pick(r, GENERAL) + ".";
            case 2 -> "Our analysis of " + pick(r, ODD) + " " + pick(r, VERBS) + " " + tail(r, keywords) + " "
                    + pick(r, GENERAL) + " and " + tail(r, keywords) + " " + pick(r, GENERAL) + ".";
            default -> "Code and " + pick(r, GENERAL) + " for " + topicWord(r, t, keywords) + " are released.";
        };
    }

    private static String topicWord(Random r, TopicSpec t, List<String> keywords) {
        String w = pick(r, t.words());
        keywords.add(w);
        return w;
    }

    /** A rare word, Zipf-distributed over {@link #TAIL_WORDS} made-up terms. */
    private static String tail(Random r, List<String> keywords) {
        int rank = (int) Math.min(TAIL_WORDS - 1, Math.floor(Math.pow(TAIL_WORDS, r.nextDouble())) - 1);
        String w = tailWord(rank);
        keywords.add(w);
        return w;
    }

    static String tailWord(int rank) {
        StringBuilder w = new StringBuilder();
        int x = rank + 7;
        do {
            w.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        } while (x > 0);
        return w.toString();
    }

    private static String systemName(Random r) {
        StringBuilder name = new StringBuilder();
        int letters = 2 + r.nextInt(4);
        for (int k = 0; k < letters; k++) {
            char c = (char) ('A' + r.nextInt(26));
            name.append(k > 0 && r.nextDouble() < 0.25 ? Character.toLowerCase(c) : c);
        }
        if (r.nextDouble() < 0.2) {
            name.append('-').append(1 + r.nextInt(9));
        }
        return name.toString();
    }

    /** Cuts at the last space before {@code max}, as arXiv listings do, dropping trailing punctuation. */
    static String cutAt(String text, int max) {
        if (text.length() <= max) {
            return text.replaceAll("[\\s.,;:]+$", "");
        }
        int space = text.lastIndexOf(' ', max);
        String head = text.substring(0, space > 40 ? space : max);
        return head.replaceAll("[\\s.,;:]+$", "");
    }

    private static String firstSentences(String text, int count) {
        int end = -1;
        for (int k = 0; k < count; k++) {
            int next = text.indexOf(". ", end + 1);
            if (next < 0) {
                return text;
            }
            end = next;
        }
        return text.substring(0, end + 1);
    }

    private static TopicSpec topic(String name, String phrases, String acronyms, String words) {
        return new TopicSpec(name, List.of(words(phrases)), acronyms.isEmpty() ? List.of() : List.of(words(acronyms)),
                List.of(words(words)));
    }

    private static String[] words(String commaSeparated) {
        return commaSeparated.split(",\\s*");
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String pick(Random r, List<String> options) {
        return options.get(r.nextInt(options.size()));
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Titles derived from abstracts must read like paper titles, whatever the field. */
class TitleDeriverTest {

    /** A listing line as Lectern reads it: trailing "..." means the abstract was cut there. */
    private static Abstract line(String text) {
        return text.endsWith("...") ? new Abstract(text.substring(0, text.length() - 3), true) : new Abstract(text, false);
    }

    static Stream<Arguments> abstractsAndTheirTitles() {
        return Stream.of(
                // machine learning, from the default site's listings
                Arguments.of("We introduce a value-based RL agent, which we call BBF, that achieves super-human "
                        + "performance in the Atari 100K benchmark. BBF relies on scaling the neural networks used for "
                        + "value estimation, as wel...",
                        "BBF: A value-based RL agent"),
                Arguments.of("This report introduces a new family of multimodal models, Gemini, that exhibit "
                        + "remarkable capabilities across image, audio, video, and text understanding. The Gemini "
                        + "family consists of Ultra, Pro, and...",
                        "Gemini: A new family of multimodal models"),
                Arguments.of("In this work, we introduce Gemma 2, a new addition to the Gemma family of lightweight, "
                        + "state-of-the-art open models, ranging in scale from 2 billion to 27 billion parameters. In "
                        + "this new version, we a...",
                        "Gemma 2: A new addition to the Gemma family of lightweight, state-of-the-art open models"),
                Arguments.of("In this work we identify the dormant neuron phenomenon in deep reinforcement learning, "
                        + "where an agent's network suffers from an increasing number of inactive neurons, thereby "
                        + "affecting network expre...",
                        "The dormant neuron phenomenon in deep reinforcement learning"),
                Arguments.of("Recent studies have indicated that effectively utilizing inference-time compute is "
                        + "crucial for attaining better performance from large language models (LLMs). In this work, "
                        + "we propose a novel inferenc...",
                        "Effectively utilizing inference-time compute is crucial for attaining better performance"),
                Arguments.of("The logistic loss (a.k.a. cross-entropy loss) is one of the most popular loss functions "
                        + "used for multiclass classification. It is also the loss function of choice for next-token "
                        + "prediction in language...",
                        "The logistic loss is one of the most popular loss functions"),
                Arguments.of("Length generalization, defined as the ability to extrapolate from shorter training "
                        + "sequences to longer test ones, is a significant challenge for language models. This issue "
                        + "persists even with large-...",
                        "Length generalization is a significant challenge for language models"),
                Arguments.of("A critical component in knowledge distillation is the means of coupling the teacher and "
                        + "student. The predominant sequence knowledge distillation method involves supervised "
                        + "learning of the student agai...",
                        "The means of coupling the teacher and student in knowledge distillation"),
                Arguments.of("Step-by-step verifiers -- also known as process reward models (PRMs) -- are a key "
                        + "ingredient for test-time scaling. PRMs require step-level supervision, making them "
                        + "expensive to train. This work aims ...",
                        "Step-by-step verifiers are a key ingredient for test-time scaling"),
                Arguments.of("Speculative decoding (SD) accelerates large language model inference by employing a "
                        + "faster draft model for generating multiple tokens, which are then verified in parallel by "
                        + "the larger target model,...",
                        "Speculative decoding accelerates large language model inference"),
                Arguments.of("Despite the seeming success of contemporary grounded text generation systems, they often "
                        + "tend to generate factually inconsistent text with respect to their input. This phenomenon "
                        + "is emphasized in ta...",
                        "Contemporary grounded text generation systems often generate factually inconsistent text"),
                // physics
                Arguments.of("We report the observation of superconductivity at 15 K in twisted trilayer graphene. "
                        + "Using transport measurements under hydrostatic pressure, we show that the critical "
                        + "temperature increases mono...",
                        "The observation of superconductivity at 15 K in twisted trilayer graphene"),
                Arguments.of("A central problem in condensed matter physics is the classification of topological "
                        + "phases of interacting fermions in two dimensions. We construct a family of exactly solvable "
                        + "lattice models that reali...",
                        "The classification of topological phases of interacting fermions in two dimensions"),
                Arguments.of("The Hubble tension, a $5\\sigma$ discrepancy between early- and late-universe "
                        + "measurements of the expansion rate, has motivated many extensions of the standard "
                        + "$\\Lambda$CDM model. We test early dark ene...",
                        "The Hubble tension has motivated many extensions of the standard \u039BCDM model"),
                // biology and medicine
                Arguments.of("Circadian clocks coordinate physiology with the daily light-dark cycle in nearly all "
                        + "organisms. Here we show that the transcription factor BMAL1 controls the timing of insulin "
                        + "secretion in pancreatic...",
                        "Circadian clocks coordinate physiology with the daily light-dark cycle"),
                Arguments.of("Background: Antimicrobial resistance is a growing threat to global health. Methods: We "
                        + "conducted a retrospective cohort study of 12,000 patients admitted to intensive care units "
                        + "in three hospitals betwe...",
                        "Antimicrobial resistance is a growing threat to global health"),
                Arguments.of("We present MetaboNet, a deep learning framework for predicting metabolite concentrations "
                        + "from mass spectrometry data. MetaboNet combines a graph encoder of molecular structure "
                        + "with a spectral tran...",
                        "MetaboNet: A deep learning framework for predicting metabolite concentrations"),
                // mathematics
                Arguments.of("Let $G$ be a finite group and $p$ a prime. We prove that the number of Sylow "
                        + "$p$-subgroups of $G$ is bounded by a polynomial in the index of the largest normal "
                        + "$p$-subgroup, answering a question of...",
                        "The number of Sylow p-subgroups of G is bounded by a polynomial"),
                Arguments.of("The Riemann zeta function $\\zeta(s)$ has infinitely many zeros on the critical line. "
                        + "We improve the proportion of zeros known to lie on the critical line to 41.7%, using a new "
                        + "mollifier that combines...",
                        "The Riemann zeta function \u03B6(s) has infinitely many zeros on the critical line"),
                // economics
                Arguments.of("This paper studies the effect of minimum wage increases on employment in small firms. "
                        + "Using administrative payroll data from 2010 to 2019, we find that a 10% increase in the "
                        + "minimum wage reduces...",
                        "The effect of minimum wage increases on employment in small firms"));
    }

    @ParameterizedTest
    @MethodSource("abstractsAndTheirTitles")
    void derivedTitleReadsLikeAPaperTitle(String listingLine, String title) {
        assertEquals(title, TitleDeriver.titleOf(line(listingLine)));
    }

    @Test
    void theCutOffLastSentenceIsNotUsedWhenAnotherSentenceIsComplete() {
        String title = TitleDeriver.titleOf(line("Training on high-quality synthetic data from strong language "
                + "models (LMs) is a common strategy to improve the reasoning performance of LMs. In this work, we "
                + "revisit whether this strategy is compute-op..."));
        assertEquals("Training on high-quality synthetic data from strong language models is a common strategy",
                title);
    }

    @Test
    void anOnlySentenceThatIsCutEndsAtAPhraseBoundaryNotWhereTheCutFell() {
        String title = TitleDeriver.titleOf(line("Aligning large language models (LLMs) with human preferences "
                + "through reinforcement learning (RLHF) can lead to reward hacking, where LLMs exploit failures in "
                + "the reward model (RM) to achieve seeming..."));
        assertEquals("Aligning large language models with human preferences", title);
    }

    @Test
    void aCutThatLeavesNoPhraseBoundaryIsMarkedWithAnEllipsis() {
        String title = TitleDeriver.titleOf(line("The number of Sylow $p$-subgroups of $G$ is congruen..."));
        assertEquals("The number of Sylow p-subgroups\u2026", title, "the cut falls before a function word");
    }

    @Test
    void anAbstractWithoutWordsIsAnUntitledPaper() {
        assertEquals("Untitled paper", TitleDeriver.titleOf(new Abstract("  ", false)));
        assertEquals("Untitled paper", TitleDeriver.titleOf(new Abstract("Scalabl", true)),
                "a single cut-off word is no title");
        assertEquals("Untitled paper", TitleDeriver.titleOf(new Abstract("In this", true)));
    }

    // ---- Properties, over every abstract above cut at every word ---------------------------------------------

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Each abstract of the table, whole and cut after each of its words, as a listing would cut it. */
    private static List<Abstract> everyCutOfEveryAbstract() {
        List<Abstract> all = new ArrayList<>();
        abstractsAndTheirTitles().map(arguments -> (String) arguments.get()[0]).forEach(text -> {
            String whole = text.endsWith("...") ? text.substring(0, text.length() - 3) : text;
            all.add(new Abstract(whole, false));
            for (int space = whole.indexOf(' '); space > 0; space = whole.indexOf(' ', space + 1)) {
                all.add(new Abstract(whole.substring(0, space), true)); // cut after a whole word
                all.add(new Abstract(whole.substring(0, space - 1), true)); // cut inside a word
            }
        });
        return all;
    }

    @Test
    void titleIsNeverEmptyNorLongerThanTheLimitAndItsBracketsBalance() {
        for (Abstract abstractText : everyCutOfEveryAbstract()) {
            String title = TitleDeriver.titleOf(abstractText);
            assertFalse(title.isBlank(), abstractText.tex());
            assertTrue(title.length() <= TitleDeriver.MAX_LENGTH + 1, title);
            int depth = 0;
            for (char c : title.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertTrue(depth >= 0, "unbalanced: " + title);
            }
            assertEquals(0, depth, "unbalanced: " + title);
        }
    }

    @Test
    void titleNeverEndsMidWordOrUsesAWordTheCutSplit() {
        for (Abstract abstractText : everyCutOfEveryAbstract()) {
            if (abstractText.tex().contains("\\")) {
                continue; // TeX commands print as symbols, which are not words of the text
            }
            String title = TitleDeriver.titleOf(abstractText);
            Set<String> wholeWords = wholeWordsOf(abstractText);
            wholeWords.addAll(List.of("untitled", "paper"));
            Matcher word = WORD.matcher(title.toLowerCase(Locale.ROOT));
            while (word.find()) {
                assertTrue(wholeWords.contains(word.group()),
                        "'" + word.group() + "' is not a whole word of the abstract: " + title);
            }
        }
    }

    @Test
    void titleNeverEndsInAWordThatWaitsForMore() {
        Set<String> dangling = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by",
                "is", "are", "that", "which", "its", "their");
        for (Abstract abstractText : everyCutOfEveryAbstract()) {
            String title = TitleDeriver.titleOf(abstractText).replace("\u2026", "");
            String last = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            assertFalse(dangling.contains(last), "ends in '" + last + "': " + title);
        }
    }

    /** The words of the text, less the last one when the cut may have split it. */
    private static Set<String> wholeWordsOf(Abstract abstractText) {
        String plain = abstractText.plain().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            words.add(word.group());
        }
        boolean lastMaySplit = abstractText.cut() && !plain.isEmpty()
                && Character.isLetterOrDigit(plain.charAt(plain.length() - 1));
        if (lastMaySplit && !words.isEmpty()) {
            words.remove(words.size() - 1);
        }
        return new HashSet<>(words);
    }
}

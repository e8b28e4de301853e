package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    private static Map<String, Set<String>> definitionsIn(List<String> abstracts) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (String text : abstracts) {
            for (AcronymDefinitions.Definition d : AcronymDefinitions.in(TexText.plain(text))) {
                found.computeIfAbsent(d.acronym(), k -> new TreeSet<>()).add(d.longForm().toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    @Test
    void findsTheAcronymsTheSeedsDefine() throws IOException {
        Map<String, Set<String>> found = definitionsIn(Listings.seeds());
        assertEquals(Set.of("knowledge distillation"), found.get("KD"));
        assertEquals(Set.of("reinforcement learning from human feedback"), found.get("RLHF"));
        assertEquals(Set.of("process reward models"), found.get("PRM"));
        assertEquals(Set.of("in-context learning"), found.get("ICL"));
        assertEquals(Set.of("large language models", "large language model"), found.get("LLM"));
        assertEquals(Set.of("reinforcement learning"), found.get("RL"), "\"language models~(LMs)\" and "
                + "\"Deep reinforcement learning (RL)\" give the shortest long form that spells the acronym");
    }

    @Test
    void readsTheLongFormAfterTheAcronymToo() {
        List<AcronymDefinitions.Definition> found = AcronymDefinitions.in(
                "Most work on RLHF (reinforcement learning from human feedback) assumes a fixed prompt set.");
        assertEquals(1, found.size());
        assertEquals("RLHF", found.get(0).acronym());
        assertEquals("reinforcement learning from human feedback", found.get(0).longForm());
    }

    @Test
    void pluralsHyphensAndLowerCaseLettersAreUnderstood() {
        Map<String, Set<String>> found = definitionsIn(List.of(
                "Single-cell RNA sequencing (scRNA-seq) maps tissues.",
                "Two-dimensional transition metal dichalcogenides (TMDs) host excitons.",
                "Fine-tuning language models~(LMs) on human data."));
        assertEquals(Set.of("single-cell rna sequencing"), found.get("scRNA-seq"));
        assertEquals(Set.of("transition metal dichalcogenides"), found.get("TMD"));
        assertEquals(Set.of("language models"), found.get("LM"));
    }

    @Test
    void parenthesesThatDefineNothingAreLeftAlone() {
        assertTrue(AcronymDefinitions.in("It has two stages: (i) knowledge distillation and (ii) RL.").isEmpty());
        assertTrue(AcronymDefinitions.in("The logistic loss (a.k.a. cross-entropy loss) is popular.").isEmpty());
        assertTrue(AcronymDefinitions.in("Approaches such as STaR (Zelikman et al., 2022) fine-tune.").isEmpty());
        assertTrue(AcronymDefinitions.in("A (soft)-greedy policy w.r.t. the values.").isEmpty());
        assertTrue(AcronymDefinitions.in("We compare with the model (GPT) of earlier work.").isEmpty(),
                "GPT is not spelled by the words before it");
    }
}

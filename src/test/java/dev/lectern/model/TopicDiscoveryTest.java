package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TopicDiscoveryTest {

    static final TermAnalyzer ANALYZER = new TermAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static List<TopicDiscovery.Found> discover(List<String> abstracts, List<TopicDefinition> taxonomy) {
        return TopicDiscovery.discover(Listings.analyzed(abstracts, ANALYZER), taxonomy, 2, ANALYZER).discovered();
    }

    private static Map<String, TopicDiscovery.Found> byName(List<TopicDiscovery.Found> found) {
        return found.stream().collect(Collectors.toMap(f -> f.definition().name(), Function.identity()));
    }

    private static Optional<TopicDiscovery.Found> withAcronym(List<TopicDiscovery.Found> found, String acronym) {
        return found.stream().filter(f -> f.definition().acronyms().contains(acronym)).findFirst();
    }

    @Test
    void theSeedsGiveTheTopicsTheirAuthorsName() throws IOException {
        List<TopicDiscovery.Found> found = discover(Listings.seeds(), List.of());
        Map<String, TopicDiscovery.Found> topics = byName(found);
        assertEquals(List.of("RL"), topics.get("Reinforcement learning").definition().acronyms(),
                "\"RL\" and \"reinforcement learning\" are one topic");
        assertEquals(List.of("PRM"), topics.get("Process reward models").definition().acronyms(),
                "\"PRMs\" and \"process reward models\" are one topic");
        assertEquals(List.of("LLM"), topics.get("Large language models").definition().acronyms());
        assertEquals(List.of("KD"), topics.get("Knowledge distillation").definition().acronyms());
        assertEquals(List.of("RLHF"),
                topics.get("Reinforcement learning from human feedback").definition().acronyms());
        assertTrue(topics.containsKey("Gemma"), "a name that recurs is a topic: " + topics.keySet());
        assertTrue(topics.get("Reinforcement learning").paperCount() >= 15, "RL is mentioned as RL or in full");
        assertEquals(1, found.stream().filter(f -> f.definition().acronyms().contains("RL")).count());
        for (String vague : List.of("Model", "Models", "Results", "Data", "Performance", "Training", "Large",
                "Language model", "Language models", "Distillation", "Propose", "Show")) {
            assertFalse(topics.containsKey(vague), vague + " is not a topic: " + topics.keySet());
        }
    }

    @Test
    void aListingOfCellBiologyGivesItsOwnTopics() {
        Map<String, TopicDiscovery.Found> topics = byName(discover(Listings.resource("cell-biology"), List.of()));
        for (String expected : List.of("Single-cell RNA sequencing", "Induced pluripotent stem cells",
                "Genome-wide association studies", "Gene regulatory networks", "Alzheimer's disease",
                "Cryo-electron microscopy", "Gut microbiome", "Colorectal cancer", "T cells", "AlphaFold",
                "CRISPR")) {
            assertTrue(topics.containsKey(expected), expected + " is discovered: " + topics.keySet());
        }
        assertEquals(List.of("scRNA-seq"), topics.get("Single-cell RNA sequencing").definition().acronyms());
        assertEquals(4, topics.get("Single-cell RNA sequencing").paperCount(),
                "four abstracts say scRNA-seq or single-cell RNA sequencing");
        assertEquals("alzheimers-disease", topics.get("Alzheimer's disease").definition().slug());
        assertFalse(topics.containsKey("Cell"), "a word met mostly inside longer topics is left to them");
        assertFalse(topics.containsKey("Patients"));
    }

    @Test
    void aListingOfCondensedMatterPhysicsGivesItsOwnTopics() {
        Map<String, TopicDiscovery.Found> topics = byName(discover(Listings.resource("condensed-matter"), List.of()));
        for (String expected : List.of("Density functional theory", "Dynamical mean-field theory",
                "Angle-resolved photoemission spectroscopy", "Quantum Monte Carlo", "Transition metal dichalcogenides",
                "Hubbard model", "Charge density wave", "Twisted bilayer graphene", "Topological insulator",
                "Neutron scattering", "Superconductivity")) {
            assertTrue(topics.containsKey(expected), expected + " is discovered: " + topics.keySet());
        }
        assertFalse(topics.containsKey("Hubbard"), "the name and its model are one topic, named by the model");
        assertEquals(3, topics.get("Density functional theory").paperCount(), "DFT, in full or not");
    }

    @Test
    void aListingOfMathematicsGivesItsOwnTopics() {
        Map<String, TopicDiscovery.Found> topics = byName(discover(Listings.resource("mathematics"), List.of()));
        assertEquals(java.util.Set.of("Right-angled Artin group", "Optimal transport",
                "Stochastic partial differential equations", "Random matrix theory", "Navier-Stokes equations",
                "Hodge conjecture", "Ramsey number", "Riemann hypothesis"), topics.keySet(),
                "named concepts, not words like theory, proof or bound");
        assertEquals(List.of("SPDE"), topics.get("Stochastic partial differential equations").definition().acronyms());
    }

    @Test
    void conceptsTheTaxonomyHasAreNotDiscoveredAgainButLendItTheirAcronym() throws IOException {
        TopicDefinition rl = new TopicDefinition("Reinforcement learning", "rl", "", List.of("reinforcement learning"),
                List.of(), List.of());
        TopicDefinition kd = new TopicDefinition("Distillation", "distillation", "", List.of(), List.of("KD"),
                List.of());
        TopicDiscovery.Result result = TopicDiscovery.discover(Listings.analyzed(Listings.seeds(), ANALYZER),
                List.of(rl, kd), 2, ANALYZER);
        assertTrue(withAcronym(result.discovered(), "RL").isEmpty());
        assertTrue(withAcronym(result.discovered(), "KD").isEmpty());
        assertEquals(List.of("RL"), result.taxonomy().get(0).acronyms(),
                "the listings define RL as reinforcement learning, a phrase of the configured topic");
        long papersSayingOnlyRl = result.matches().stream()
                .filter(m -> m.stream().anyMatch(x -> x.topic() == 0 && x.reason().equals("mentions \u201cRL\u201d")))
                .count();
        assertTrue(papersSayingOnlyRl > 0, "papers that write only RL are filed under the configured topic");
    }

    @Test
    void discoveryIsDeterministic() throws IOException {
        List<String> abstracts = Listings.seeds();
        List<TopicDiscovery.Found> first = discover(abstracts, List.of());
        List<TopicDiscovery.Found> second = discover(abstracts, List.of());
        assertEquals(first, second);
    }

    @Test
    void aDiscoveredTopicNeedsTheConfiguredNumberOfPapers() throws IOException {
        List<TopicDiscovery.Found> found = TopicDiscovery.discover(
                Listings.analyzed(Listings.seeds(), ANALYZER), List.of(), 4, ANALYZER).discovered();
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(f -> f.paperCount() >= 4), found.toString());
    }
}

package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModelMemoryTest {

    private static final List<List<String>> DOCS = List.of(
            List.of("coronal", "rain", "loop"), List.of("coronal", "loop", "plasma"), List.of("solar", "wind"),
            List.of("solar", "wind", "plasma"));
    private static final TermAnalyzer ANALYZER = new TermAnalyzer();

    @Test
    void withNothingRememberedResultsAreComputed() {
        ModelMemory memory = ModelMemory.none();
        int[][] computed = RelatedPapers.topK(DOCS, 2);
        assertSame(computed, memory.related(7, DOCS.size(), () -> computed));
        assertEquals(7, memory.relatedKey());
        assertSame(computed, memory.related());
        Abstract text = new Abstract("We present a new method for coronal rain detection...", true);
        assertEquals(TitleDeriver.titleOf(text), memory.titleOf(text));
        assertEquals(Map.of(ModelMemory.keyOf(text), TitleDeriver.titleOf(text)), memory.titles());
    }

    @Test
    void rememberedResultsAreUsedForTheSameInputOnly() {
        int[][] remembered = {{3}, {2}, {1}, {0}};
        ModelMemory memory = new ModelMemory(Map.of(), 7, remembered, 0, null);
        AtomicInteger computed = new AtomicInteger();
        assertSame(remembered, memory.related(7, 4, () -> {
            computed.incrementAndGet();
            return RelatedPapers.topK(DOCS, 2);
        }));
        assertEquals(0, computed.get(), "the same input: nothing is computed");
        int[][] other = RelatedPapers.topK(DOCS, 1);
        assertSame(other, memory.related(8, 4, () -> other), "another input");
        assertSame(other, memory.related(7, 5, () -> other), "the same key but another number of papers");

        Abstract text = new Abstract("We present a new method for coronal rain detection...", true);
        ModelMemory titles = new ModelMemory(Map.of(ModelMemory.keyOf(text), "Remembered"), 0, null, 0, null);
        assertEquals("Remembered", titles.titleOf(text));
        Abstract uncut = new Abstract("We present a new method for coronal rain detection...", false);
        assertNotEquals(ModelMemory.keyOf(text), ModelMemory.keyOf(uncut));
        assertEquals(TitleDeriver.titleOf(uncut), titles.titleOf(uncut));
    }

    @Test
    void aBuildThatFoundNothingNewIsTheSameAsTheEarlierOne() {
        Abstract text = new Abstract("We present a new method for coronal rain detection...", true);
        Abstract other = new Abstract("The solar wind is a continuous outflow of magnetized plasma...", true);
        int[][] remembered = {{1}, {0}};
        TopicDiscovery.Result none = TopicDiscovery.taxonomyOnly(List.of(), List.of(), ANALYZER);
        byte[] topics = TopicsCodec.encode(none);
        Map<Long, String> titles = Map.of(ModelMemory.keyOf(text), "Rain", ModelMemory.keyOf(other), "Wind");

        ModelMemory same = new ModelMemory(titles, 7, remembered, 9, topics);
        same.titleOf(text);
        same.titleOf(other);
        same.related(7, 2, () -> new int[][] {{1}, {0}});
        same.topics(9, 0, () -> none);
        assertTrue(same.sameAsEarlier());

        ModelMemory fewer = new ModelMemory(titles, 7, remembered, 9, topics);
        fewer.titleOf(text); // a paper went: its title is no longer kept
        fewer.related(7, 2, () -> new int[][] {{1}, {0}});
        fewer.topics(9, 0, () -> none);
        assertFalse(fewer.sameAsEarlier());

        ModelMemory recomputed = new ModelMemory(titles, 7, remembered, 9, topics);
        recomputed.titleOf(text);
        recomputed.titleOf(other);
        recomputed.related(8, 2, () -> new int[][] {{1}, {0}});
        recomputed.topics(9, 0, () -> none);
        assertFalse(recomputed.sameAsEarlier(), "other input: the related papers were found again");
    }

    @Test
    void rememberedTopicsComeBackAsDiscoveryFoundThem() throws IOException {
        List<AnalyzedText> texts = Listings.analyzed(Listings.seeds(), ANALYZER);
        List<TopicDefinition> taxonomy = List.of(new TopicDefinition("Distillation", "distillation",
                "Students and teachers.", List.of("knowledge distillation"), List.of("KD"), List.of("distilled")));
        TopicDiscovery.Result found = TopicDiscovery.discover(texts, taxonomy, 2, ANALYZER);
        assertTrue(found.discovered().size() > 3 && found.matches().stream().anyMatch(m -> !m.isEmpty()));

        ModelMemory first = ModelMemory.none();
        assertSame(found, first.topics(11, texts.size(), () -> found));
        ModelMemory second = new ModelMemory(Map.of(), 0, null, first.topicsKey(), first.topics());
        TopicDiscovery.Result remembered = second.topics(11, texts.size(), () -> {
            throw new AssertionError("the same input: discovery does not run");
        });
        assertEquals(found, remembered);
        assertEquals(found, TopicsCodec.decode(second.topics()), "and is remembered again for the next build");

        TopicDiscovery.Result other = TopicDiscovery.taxonomyOnly(texts, taxonomy, ANALYZER);
        assertSame(other, second.topics(12, texts.size(), () -> other), "another input");
    }

    @Test
    void damagedTopicsAreRefusedAndComputedAgain() {
        List<AnalyzedText> texts = Listings.analyzed(Listings.resource("condensed-matter"), ANALYZER);
        TopicDiscovery.Result found = TopicDiscovery.discover(texts, List.of(), 2, ANALYZER);
        byte[] bytes = TopicsCodec.encode(found);
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(Arrays.copyOf(bytes, bytes.length - 1));
        damaged.add(Arrays.copyOf(bytes, bytes.length + 1));
        byte[] count = bytes.clone();
        count[4] = 0x7f; // the number of configured topics
        damaged.add(count);
        for (byte[] d : damaged) {
            assertThrows(IOException.class, () -> TopicsCodec.decode(d));
            ModelMemory memory = new ModelMemory(Map.of(), 0, null, 5, d);
            assertSame(found, memory.topics(5, texts.size(), () -> found));
        }
    }

    @Test
    void everyPartOfTheInputMatters() {
        long texts = ModelMemory.keyOfTexts(Arrays.asList("Coronal rain", null), List.of("We observe.", "We model."));
        assertNotEquals(texts, ModelMemory.keyOfTexts(Arrays.asList(null, null), List.of("We observe.", "We model.")),
                "a derived title is not analyzed");
        assertNotEquals(texts, ModelMemory.keyOfTexts(Arrays.asList("Coronal rain", null),
                List.of("We observe.", "We model it.")));
        assertNotEquals(ModelMemory.keyOfTexts(Arrays.asList(null, null), List.of("ab", "c")),
                ModelMemory.keyOfTexts(Arrays.asList(null, null), List.of("a", "bc")));
        assertNotEquals(ModelMemory.keyOfRelated(texts, 5), ModelMemory.keyOfRelated(texts, 6));
        TopicDefinition kd = new TopicDefinition("Distillation", "distillation", "", List.of("knowledge distillation"),
                List.of("KD"), List.of());
        TopicDefinition kdSynonym = new TopicDefinition("Distillation", "distillation", "",
                List.of("knowledge distillation"), List.of("KD"), List.of("distilled"));
        long topics = ModelMemory.keyOfTopics(texts, List.of(kd), true, 2);
        assertNotEquals(topics, ModelMemory.keyOfTopics(texts, List.of(kdSynonym), true, 2));
        assertNotEquals(topics, ModelMemory.keyOfTopics(texts, List.of(kd), false, 2));
        assertNotEquals(topics, ModelMemory.keyOfTopics(texts, List.of(kd), true, 3));
        assertNotEquals(topics, ModelMemory.keyOfTopics(ModelMemory.keyOfRelated(texts, 5), List.of(kd), true, 2));
    }
}

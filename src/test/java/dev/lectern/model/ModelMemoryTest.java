package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelMemoryTest {

    private static final List<List<String>> DOCS = List.of(
            List.of("coronal", "rain", "loop"), List.of("coronal", "loop", "plasma"), List.of("solar", "wind"),
            List.of("solar", "wind", "plasma"));

    @Test
    void withNothingRememberedResultsAreComputed() {
        ModelMemory memory = ModelMemory.none();
        assertArrayEquals(RelatedPapers.topK(DOCS, 2), memory.related(DOCS, 2));
        Abstract text = new Abstract("We present a new method for coronal rain detection...", true);
        assertEquals(TitleDeriver.titleOf(text), memory.titleOf(text));
        assertEquals(Map.of(ModelMemory.keyOf(text), TitleDeriver.titleOf(text)), memory.titles());
        assertEquals(ModelMemory.keyOf(DOCS, 2), memory.relatedKey());
    }

    @Test
    void rememberedResultsAreUsedForTheSameInputOnly() {
        int[][] remembered = {{3}, {2}, {1}, {0}};
        ModelMemory memory = new ModelMemory(Map.of(), ModelMemory.keyOf(DOCS, 2), remembered);
        assertSame(remembered, memory.related(DOCS, 2));
        assertArrayEquals(RelatedPapers.topK(DOCS, 1), memory.related(DOCS, 1), "another k");
        List<List<String>> edited = List.of(DOCS.get(0), DOCS.get(1), List.of("solar", "winds"), DOCS.get(3));
        assertArrayEquals(RelatedPapers.topK(edited, 2), memory.related(edited, 2), "another text");

        Abstract text = new Abstract("We present a new method for coronal rain detection...", true);
        ModelMemory titles = new ModelMemory(Map.of(ModelMemory.keyOf(text), "Remembered"), 0, null);
        assertEquals("Remembered", titles.titleOf(text));
        Abstract uncut = new Abstract("We present a new method for coronal rain detection...", false);
        assertNotEquals(ModelMemory.keyOf(text), ModelMemory.keyOf(uncut));
        assertEquals(TitleDeriver.titleOf(uncut), titles.titleOf(uncut));
    }

    @Test
    void whereOneTermEndsAndTheNextStartsMatters() {
        assertNotEquals(ModelMemory.keyOf(List.of(List.of("ab", "c")), 1), ModelMemory.keyOf(List.of(List.of("a", "bc")), 1));
        assertNotEquals(ModelMemory.keyOf(List.of(List.of("a"), List.of()), 1), ModelMemory.keyOf(List.of(List.of(), List.of("a")), 1));
    }
}

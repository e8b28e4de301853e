package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagerTest {

    /** The pager as a reader sees it: "[3]" is the current page, "…" a gap. */
    private static String shown(int number, int count) {
        Pager pager = Pager.of(new Pager.Slice(number, count, 0, 0, 0), n -> "p" + n);
        return pager.pages().stream()
                .map(p -> p.number() == 0 ? "…" : p.current() ? "[" + p.number() + "]" : String.valueOf(p.number()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void itemsFillPagesOfTheGivenSizeAndTheLastTakesWhatIsLeft() {
        List<Pager.Slice> slices = Pager.Slice.of(250, 100);
        assertEquals(List.of(new Pager.Slice(1, 3, 0, 100, 250), new Pager.Slice(2, 3, 100, 200, 250),
                new Pager.Slice(3, 3, 200, 250, 250)), slices);
        assertEquals(2, Pager.Slice.of(200, 100).size(), "no empty page after a full one");
        List<Integer> items = IntStream.range(0, 250).boxed().toList();
        assertEquals(items, slices.stream().flatMap(s -> s.of(items).stream()).toList(), "each item once, in order");
    }

    @Test
    void aListThatFitsOrASizeOfZeroIsOnePage() {
        assertEquals(List.of(new Pager.Slice(1, 1, 0, 100, 100)), Pager.Slice.of(100, 100));
        assertEquals(List.of(new Pager.Slice(1, 1, 0, 5000, 5000)), Pager.Slice.of(5000, 0));
        assertEquals(List.of(new Pager.Slice(1, 1, 0, 0, 0)), Pager.Slice.of(0, 100), "an empty topic has its page");
    }

    @Test
    void thePagerLinksTheEndsAndTheNeighboursAndFoldsTheRest() {
        assertEquals("[1] 2 3 … 20", shown(1, 20));
        assertEquals("1 … 8 9 [10] 11 12 … 20", shown(10, 20));
        assertEquals("1 … 18 19 [20]", shown(20, 20));
        assertEquals("1 2 3 4 [5] 6 7 … 10", shown(5, 10), "a gap over one page shows that page instead");
        assertEquals("1 [2] 3", shown(2, 3));
    }

    @Test
    void thePagerSaysWhichItemsThePageShowsAndLinksItsNeighbours() {
        Pager middle = Pager.of(new Pager.Slice(2, 3, 100, 200, 250), n -> "to-" + n);
        assertEquals(101, middle.firstItem());
        assertEquals(200, middle.lastItem());
        assertEquals(250, middle.total());
        assertEquals("to-1", middle.previous().href());
        assertEquals("to-3", middle.next().href());
        assertEquals("", middle.pages().get(1).href(), "the current page links nowhere");

        Pager first = Pager.of(new Pager.Slice(1, 3, 0, 100, 250), n -> "to-" + n);
        assertNull(first.previous());
        Pager last = Pager.of(new Pager.Slice(3, 3, 200, 250, 250), n -> "to-" + n);
        assertNull(last.next());
        assertEquals(0, Pager.of(Pager.Slice.of(0, 100).get(0), n -> "").firstItem(), "no items, no first item");
    }
}

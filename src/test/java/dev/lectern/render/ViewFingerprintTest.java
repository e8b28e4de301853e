package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ViewFingerprintTest {

    record Item(String text, int count, boolean flag, List<String> tags, Map<String, Integer> weights) {
    }

    record Holder(Object value) {
    }

    private static Item item() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("a", 1);
        weights.put("b", 2);
        return new Item("Coronal rain", 3, true, List.of("sun", "plasma"), weights);
    }

    @Test
    void equalViewsHaveEqualFingerprintsWhateverTheirInstances() {
        assertEquals(new ViewFingerprint().of("paper.ftlh", item()), new ViewFingerprint().of("paper.ftlh",
                new Item(new String("Coronal rain"), 3, true, new ArrayList<>(List.of("sun", "plasma")),
                        new LinkedHashMap<>(Map.of("a", 1)) {{ put("b", 2); }})));
    }

    @Test
    void anyChangeToAnyComponentChangesTheFingerprint() {
        Item base = item();
        long f = new ViewFingerprint().of("paper.ftlh", base);
        List<Item> changed = List.of(
                new Item("Coronal rain.", 3, true, base.tags(), base.weights()),
                new Item("Coronal Rain", 3, true, base.tags(), base.weights()),
                new Item("Coronal rain", 4, true, base.tags(), base.weights()),
                new Item("Coronal rain", 3, false, base.tags(), base.weights()),
                new Item("Coronal rain", 3, true, List.of("plasma", "sun"), base.weights()),
                new Item("Coronal rain", 3, true, List.of("sun", "plasma", ""), base.weights()),
                new Item("Coronal rain", 3, true, base.tags(), Map.of("a", 1, "b", 3)),
                new Item(null, 3, true, base.tags(), base.weights()),
                new Item("", 3, true, base.tags(), base.weights()));
        Set<Long> seen = new HashSet<>(List.of(f));
        for (Item c : changed) {
            assertTrue(seen.add(new ViewFingerprint().of("paper.ftlh", c)), c.toString());
        }
        assertNotEquals(f, new ViewFingerprint().of("listing.ftlh", base), "the template is part of it");
    }

    @Test
    void whereOneStringEndsAndTheNextStartsMatters() {
        assertNotEquals(new ViewFingerprint().of("t", List.of("ab", "c")), new ViewFingerprint().of("t", List.of("a", "bc")));
        assertNotEquals(new ViewFingerprint().of("t", new Holder(List.of(List.of("a"), List.of()))),
                new ViewFingerprint().of("t", new Holder(List.of(List.of(), List.of("a")))));
        assertNotEquals(new ViewFingerprint().of("t", new Holder(1)), new ViewFingerprint().of("t", new Holder("1")));
        assertNotEquals(new ViewFingerprint().of("t", new Holder(1)), new ViewFingerprint().of("t", new Holder(1L + (1L << 32))));
    }

    @Test
    void aViewHoldingSomethingItCannotSeeIntoIsRefused() {
        Supplier<String> lazy = () -> "later";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ViewFingerprint().of("t", new Holder(lazy)));
        assertTrue(e.getMessage().contains("cannot be fingerprinted"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ViewFingerprint().of("t", new Holder(new StringBuilder("x"))));
    }

    @Test
    void longStringsTellEveryChange() {
        ViewFingerprint fingerprints = new ViewFingerprint();
        String abstractHtml = "We present high-cadence observations of coronal rain in an active region loop system.";
        long first = fingerprints.of("t", new Holder(List.of(abstractHtml, abstractHtml)));
        assertEquals(first, fingerprints.of("t", new Holder(List.of(new String(abstractHtml), abstractHtml))));
        assertEquals(first, new ViewFingerprint().of("t", new Holder(List.of(abstractHtml, abstractHtml))),
                "the same in the next build");
        assertNotEquals(first, fingerprints.of("t", new Holder(List.of(abstractHtml, abstractHtml.replace("rain",
                "drizzle")))));
        assertNotEquals(first, fingerprints.of("t", new Holder(List.of(abstractHtml, abstractHtml + " "))));
    }
}

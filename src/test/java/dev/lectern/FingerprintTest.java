package dev.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void theSameSequenceGivesTheSameFingerprintAndAnyOtherAnother() {
        assertEquals(new Fingerprint().add("coronal rain").add(3).value(),
                new Fingerprint().add(new String("coronal rain")).add(3).value());
        List<Long> others = List.of(
                new Fingerprint().add("coronal rain").add(3).value(),
                new Fingerprint().add("coronal rain").add(4).value(),
                new Fingerprint().add("coronal Rain").add(3).value(),
                new Fingerprint().add("coronal rai").add(3).value(),
                new Fingerprint().add("coronal").add(" rain").add(3).value(),
                new Fingerprint().add(3).add("coronal rain").value(),
                new Fingerprint().add("").add(3).value(),
                new Fingerprint().add(3).value(),
                new Fingerprint().value());
        Set<Long> seen = new HashSet<>(others);
        assertEquals(others.size(), seen.size(), others.toString());
    }

    @Test
    void everyCharacterOfALongStringCounts() {
        String text = "We present high-cadence observations of coronal rain in an active region loop system";
        long base = new Fingerprint().add(text).value();
        Set<Long> seen = new HashSet<>(List.of(base));
        for (int i = 0; i < text.length(); i++) {
            String changed = text.substring(0, i) + (char) (text.charAt(i) + 1) + text.substring(i + 1);
            assertTrue(seen.add(new Fingerprint().add(changed).value()), "character " + i);
        }
    }
}

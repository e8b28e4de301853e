package dev.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void escapesAreUtf8Bytes() {
        assertEquals("topics/caf\u00e9 au lait/index.html", PercentEncoding.decode("topics/caf%C3%A9%20au%20lait/index.html"));
        assertEquals("\u4e2d", PercentEncoding.decode("%e4%b8%ad"));
    }

    @Test
    void aPlusStaysAPlus() {
        assertEquals("c++/a+b.html", PercentEncoding.decode("c%2B%2B/a+b.html"));
    }

    @Test
    void charactersWrittenUnescapedAreKeptBesideEscapes() {
        // an emoji is a surrogate pair: copied as one character, not as two halves
        assertEquals("\uD83D\uDE00 \u00e9/x y", PercentEncoding.decode("\uD83D\uDE00 \u00e9/x%20y"));
        assertEquals("no escapes \uD83D\uDE00", PercentEncoding.decode("no escapes \uD83D\uDE00"));
    }

    @Test
    void aPercentWithoutTwoHexDigitsIsMalformed() {
        assertNull(PercentEncoding.decode("a%2"));
        assertNull(PercentEncoding.decode("a%"));
        assertNull(PercentEncoding.decode("a%G0b"));
        assertNull(PercentEncoding.decode("100%.html"));
    }
}

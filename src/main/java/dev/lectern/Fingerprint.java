package dev.lectern;

/**
 * A 64-bit fingerprint of a sequence of strings and numbers, for telling changed input from unchanged (the page
 * and model caches, the code version); not cryptographic. A string goes in with its length, so that
 * {@code ("ab", "c")} and {@code ("a", "bc")} differ; every step is a bijection of the state, and the end is
 * MurmurHash3's finalizer, so that near inputs give far fingerprints.
 */
public final class Fingerprint {

    private static final long PRIME = 0x100000001b3L;
    /** MurmurHash3's first 64-bit multiplier, spreading a block over all bits. */
    private static final long BLOCK = 0x87c37b91114253d5L;

    private long h = 0xcbf29ce484222325L;

    /** Adds a number. */
    public Fingerprint add(long n) {
        h = Long.rotateLeft(h ^ n * BLOCK, 31) * PRIME;
        return this;
    }

    /** Adds a string: its length, then its characters four at a time. */
    public Fingerprint add(String s) {
        int n = s.length();
        add(n);
        long x = h;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long block = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48;
            x = Long.rotateLeft(x ^ block * BLOCK, 31) * PRIME;
        }
        for (; i < n; i++) {
            x = (x ^ s.charAt(i)) * PRIME;
        }
        h = x;
        return this;
    }

    /** The fingerprint of what was added. */
    public long value() {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}

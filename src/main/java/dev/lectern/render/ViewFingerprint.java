package dev.lectern.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A 64-bit fingerprint of a page's view: its records, lists, maps, strings, numbers and booleans, walked in full. A
 * page renders from its template and its view alone, so with the same templates the same fingerprint means the same
 * bytes, and a build can keep the page an earlier build wrote. Every value is hashed with its type and, for strings
 * and collections, its length, so that {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 *
 * <p>A type it does not know is an {@link IllegalArgumentException}: a view that holds one (a mutable object, a
 * supplier) could render differently with the same fingerprint, so it must not be fingerprinted at all.
 */
final class ViewFingerprint {

    private static final long PRIME = 0x100000001b3L;
    private static final long OFFSET = 0xcbf29ce484222325L;

    /** Each record class's accessors, in declaration order. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private long hash = OFFSET;

    private ViewFingerprint() {
    }

    /** The fingerprint of {@code view} rendered with {@code template}. */
    static long of(String template, Object view) {
        ViewFingerprint f = new ViewFingerprint();
        f.value(template);
        f.value(view);
        return mix(f.hash);
    }

    private void value(Object value) {
        if (value == null) {
            tag(0);
        } else if (value instanceof String s) {
            tag(1);
            number(s.length());
            for (int i = 0; i < s.length(); i++) {
                hash = (hash ^ s.charAt(i)) * PRIME;
            }
        } else if (value instanceof Boolean b) {
            tag(b ? 2 : 3);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            tag(4);
            number(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            tag(5);
            number(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Character c) {
            tag(6);
            number(c);
        } else if (value instanceof Enum<?> e) {
            tag(7);
            value(e.getDeclaringClass().getName());
            number(e.ordinal());
        } else if (value instanceof Collection<?> c) {
            tag(8);
            number(c.size());
            for (Object element : c) {
                value(element);
            }
        } else if (value instanceof Map<?, ?> m) {
            tag(9);
            number(m.size());
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                value(entry.getKey());
                value(entry.getValue());
            }
        } else if (value instanceof Record) {
            tag(10);
            value(value.getClass().getName());
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                try {
                    value(accessor.invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " of a view", e);
                }
            }
        } else {
            throw new IllegalArgumentException("a view holds a " + value.getClass().getName()
                    + ", which cannot be fingerprinted: views are made of records, lists, maps, strings, numbers"
                    + " and booleans");
        }
    }

    private void tag(int tag) {
        hash = (hash ^ (0x100 | tag)) * PRIME;
    }

    private void number(long n) {
        for (int shift = 0; shift < 64; shift += 16) {
            hash = (hash ^ (0x10000 | ((n >>> shift) & 0xffff))) * PRIME;
        }
    }

    /** A final avalanche (the finalizer of MurmurHash3), so that near inputs give far fingerprints. */
    private static long mix(long h) {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}

package dev.lectern.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
    /** MurmurHash3's first 64-bit multiplier, spreading a block of characters over all bits. */
    private static final long BLOCK = 0x87c37b91114253d5L;

    /** A record class: its name's fingerprint and its accessors, in declaration order. */
    private record Shape(long name, MethodHandle[] accessors) {
    }

    /**
     * Each record class's shape, with the accessors as method handles typed {@code (Object)Object}: at 100,000
     * papers they run hundreds of millions of times, and a handle costs less than reflection.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            MethodType generic = MethodType.methodType(Object.class, Object.class);
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                try {
                    accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(generic);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + accessor + " of a view", e);
                }
            }
            return new Shape(ofString(type.getName()), accessors);
        }
    };

    /** Fingerprints views. Thread-safe. */
    ViewFingerprint() {
    }

    /** The fingerprint of {@code view} rendered with {@code template}. */
    long of(String template, Object view) {
        Walk walk = new Walk();
        walk.value(template);
        walk.value(view);
        return mix(walk.hash);
    }

    private static long ofString(String s) {
        long h = OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return mix(h);
    }

    /** One walk over one view. */
    private final class Walk {

        private long hash = OFFSET;

        private void value(Object value) {
            if (value == null) {
                tag(0);
            } else if (value instanceof String s) {
                tag(1);
                number(s.length());
                string(s);
            } else if (value instanceof Record) {
                tag(10);
                Shape shape = SHAPES.get(value.getClass());
                number(shape.name());
                for (MethodHandle accessor : shape.accessors()) {
                    Object component;
                    try {
                        component = (Object) accessor.invokeExact(value);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException("cannot read a component of a " + value.getClass(), e);
                    }
                    value(component);
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
            } else {
                throw new IllegalArgumentException("a view holds a " + value.getClass().getName()
                        + ", which cannot be fingerprinted: views are made of records, lists, maps, strings, numbers"
                        + " and booleans");
            }
        }

        /**
         * The characters four at a time, each block multiplied in and folded (as in MurmurHash's 64-bit mixing):
         * a quarter of the steps of one character at a time, which mattered at 100,000 pages.
         */
        private void string(String s) {
            int n = s.length();
            int i = 0;
            long h = hash;
            for (; i + 4 <= n; i += 4) {
                long block = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                        | (long) s.charAt(i + 3) << 48;
                h = Long.rotateLeft(h ^ block * BLOCK, 31) * PRIME;
            }
            for (; i < n; i++) {
                h = (h ^ s.charAt(i)) * PRIME;
            }
            hash = h;
        }

        private void tag(int tag) {
            hash = (hash ^ (0x100 | tag)) * PRIME;
        }

        private void number(long n) {
            hash = Long.rotateLeft(hash ^ n * BLOCK, 31) * PRIME;
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

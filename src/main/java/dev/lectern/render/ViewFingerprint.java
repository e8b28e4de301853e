package dev.lectern.render;

import dev.lectern.Fingerprint;
import dev.lectern.model.Abstract;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * A 64-bit fingerprint of a page's view: its records, lists, maps, strings, numbers, booleans and dates, walked in
 * full (and, for {@link PageInputs}, the model's abstracts). A page renders from its template and its view alone, so
 * with the same templates the same fingerprint means the same bytes, and a build can keep the page an earlier build
 * wrote. Every value is hashed with its type and, for strings
 * and collections, its length, so that {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 *
 * <p>A type it does not know is an {@link IllegalArgumentException}: a view that holds one (a mutable object, a
 * supplier) could render differently with the same fingerprint, so it must not be fingerprinted at all.
 */
final class ViewFingerprint {

    /** Fingerprints views. Thread-safe. */
    ViewFingerprint() {
    }

    /** The fingerprint of {@code view} rendered with {@code template}. */
    long of(String template, Object view) {
        Walk walk = new Walk();
        walk.value(template);
        walk.value(view);
        return walk.fingerprint.value();
    }

    /** One walk over one view. */
    private final class Walk {

        private final Fingerprint fingerprint = new Fingerprint();

        private void value(Object value) {
            if (value == null) {
                tag(0);
            } else if (value instanceof String s) {
                tag(1);
                fingerprint.add(s);
            } else if (value instanceof Record) {
                tag(10);
                RecordShape shape = RecordShape.of(value.getClass());
                number(shape.name());
                for (int i = 0; i < shape.size(); i++) {
                    value(shape.read(value, i));
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
            } else if (value instanceof LocalDate d) {
                tag(11);
                number(d.toEpochDay());
            } else if (value instanceof Abstract a) {
                tag(12); // a model value (PageInputs): its TeX and whether it was cut make it
                value(a.tex());
                value(a.cut());
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

        private void tag(int tag) {
            fingerprint.add(tag);
        }

        private void number(long n) {
            fingerprint.add(n);
        }
    }
}

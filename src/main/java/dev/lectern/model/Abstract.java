package dev.lectern.model;

import java.util.Objects;

/**
 * A paper's abstract as a listing gives it: the text with its TeX fragments ({@code ~}, {@code $...$}) kept, for
 * the page to render, and whether the listing cut it short (its line ended in {@code ...}). A value like a record;
 * a class only so that the plain text, which titles, topics, search and metadata all read, is worked out once.
 */
public final class Abstract {

    private final String tex;
    private final boolean cut;
    private final String plain;

    public Abstract(String tex, boolean cut) {
        this.tex = Objects.requireNonNull(tex);
        this.cut = cut;
        this.plain = TexText.plain(tex);
    }

    public String tex() {
        return tex;
    }

    public boolean cut() {
        return cut;
    }

    /** The text for reading and analysis: TeX spacing and math delimiters removed. */
    public String plain() {
        return plain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Abstract a && a.cut == cut && a.tex.equals(tex);
    }

    @Override
    public int hashCode() {
        return 31 * tex.hashCode() + Boolean.hashCode(cut);
    }

    @Override
    public String toString() {
        return "Abstract[tex=" + tex + ", cut=" + cut + "]";
    }
}

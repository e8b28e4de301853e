package dev.lectern.model;

/**
 * A paper's abstract as a listing gives it.
 *
 * @param tex the text with its TeX fragments ({@code ~}, {@code $...$}) kept, for the page to render
 * @param cut whether the listing cut it short (its line ended in {@code ...})
 */
public record Abstract(String tex, boolean cut) {

    /** The text for reading and analysis: TeX spacing and math delimiters removed. */
    public String plain() {
        return TexText.plain(tex);
    }
}

package dev.lectern.load;

/**
 * One paper line of a listing.
 *
 * @param line the 1-based line number in the listing file
 * @param text the abstract as written (TeX kept), whitespace collapsed, without the trailing {@code ...}
 * @param cut  whether the line ended in {@code ...}: the abstract was cut short
 */
public record ListingEntry(int line, String text, boolean cut) {
}

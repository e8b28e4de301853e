package dev.lectern.render;

/**
 * An entry of the navigation bar.
 *
 * @param href    the link
 * @param text    the text to click
 * @param title   the entry's full name when {@code text} is a short form of it (a tooltip), else empty
 * @param current whether the page is in this entry's section (a paper page of a listing, a digest of the digests)
 * @param page    whether the page is the entry's own page, not just in its section (then {@code aria-current="page"})
 */
public record NavItem(String href, String text, String title, boolean current, boolean page) {
}

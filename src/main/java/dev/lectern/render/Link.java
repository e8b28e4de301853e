package dev.lectern.render;

/** A link as a template shows it: a relative {@code href} and the text to click. */
public record Link(String href, String text) {
}

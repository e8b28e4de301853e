package dev.lectern.render;

/** An entry of the navigation bar; {@code current} marks the section the page is in. */
public record NavItem(String href, String text, boolean current) {
}

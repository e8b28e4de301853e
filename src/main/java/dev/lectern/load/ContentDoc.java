package dev.lectern.load;

import java.nio.file.Path;

/**
 * A Markdown file of {@code content/}: its front matter bound to {@code F}, and its body.
 *
 * @param file     the file read
 * @param name     the file name without {@code .md}
 * @param front    the front matter
 * @param body     the Markdown after the front matter
 * @param bodyLine the 1-based line where the body starts
 */
public record ContentDoc<F>(Path file, String name, F front, String body, int bodyLine) {
}

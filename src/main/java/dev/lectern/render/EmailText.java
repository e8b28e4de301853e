package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;

/** Plain text for the e-mail edition: paragraphs wrapped at {@link #WIDTH} columns with an indent. */
final class EmailText {

    /** The width plain-text mail is traditionally wrapped at. */
    static final int WIDTH = 72;

    private EmailText() {
    }

    /**
     * {@code text} as lines of at most {@link #WIDTH} characters (longer words stay whole), the first line starting
     * with {@code first} and the others with {@code rest}.
     */
    static String wrap(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return String.join("\n", lines);
    }
}

package dev.lectern.load;

import java.util.List;
import java.util.Map;

/**
 * A digest file as read: its front matter and notes, and the lines where its keys and paper references are, for
 * messages about values that the YAML binding no longer knows the place of.
 *
 * @param doc        the file's front matter and Markdown notes
 * @param keyLines   the 1-based line of each top-level front-matter key
 * @param paperLines the 1-based line of each entry of {@code papers:}, in order
 */
public record DigestSource(ContentDoc<DigestFront> doc, Map<String, Integer> keyLines, List<Integer> paperLines) {

    public DigestSource {
        keyLines = Map.copyOf(keyLines);
        paperLines = List.copyOf(paperLines);
    }

    /** The line of top-level key {@code key}, or 1 (the start of the front matter) when the file has none. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    /** The line of the {@code index}-th paper reference. */
    public int paperLine(int index) {
        return index < paperLines.size() ? paperLines.get(index) : lineOf("papers");
    }
}

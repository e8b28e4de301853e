package dev.lectern.load;

import dev.lectern.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a digest file ({@code content/digests/*.md}) and finds the lines of its front-matter keys and paper
 * references, so that a reference that matches no paper can be reported at its own line.
 */
public final class DigestParser {

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[\"']?([A-Za-z][\\w-]*)[\"']?\\s*:(?:\\s|$)");

    private final ContentParser content;

    public DigestParser(ContentParser content) {
        this.content = content;
    }

    /** Reads {@code file}; empty when it cannot be used (the reason is in {@code diagnostics}). */
    public Optional<DigestSource> parse(Path file, Diagnostics diagnostics) {
        return content.readText(file, diagnostics).flatMap(text -> parse(file, text, diagnostics));
    }

    /** Parses the text of a digest file named {@code file}. */
    public Optional<DigestSource> parse(Path file, String text, Diagnostics diagnostics) {
        return content.parse(file, text, DigestFront.class, DigestFront.EMPTY, diagnostics)
                .map(doc -> locate(doc, text));
    }

    private static DigestSource locate(ContentDoc<DigestFront> doc, String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(normalized.split("\n", -1));
        // the front matter is everything between line 1 (---) and the line before the body's closing fence
        int frontEnd = Math.min(lines.size(), Math.max(1, doc.bodyLine() - 2));
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 1; i < frontEnd; i++) {
            Matcher key = TOP_LEVEL_KEY.matcher(lines.get(i));
            if (key.find()) {
                keyLines.putIfAbsent(key.group(1), i + 1);
            }
        }
        List<Integer> paperLines = new ArrayList<>();
        Integer papersKey = keyLines.get("papers");
        if (papersKey != null) {
            int from = papersKey - 1; // 0-based index of the papers: line
            int end = nextKeyAfter(keyLines, papersKey, frontEnd);
            int cursor = from;
            for (DigestFront.PaperEntry entry : doc.front().papers()) {
                int found = find(lines, entry, cursor, end);
                if (found < 0) {
                    found = find(lines, entry, from, end);
                }
                if (found < 0) {
                    paperLines.add(cursor + 1);
                } else {
                    paperLines.add(found + 1);
                    cursor = found + 1 < end ? found + 1 : found;
                }
            }
        }
        return new DigestSource(doc, keyLines, paperLines);
    }

    /** The 0-based index of the first line in [from, end) that names {@code entry}'s reference, or -1. */
    private static int find(List<String> lines, DigestFront.PaperEntry entry, int from, int end) {
        String ref = entry.ref() == null ? "" : entry.ref().strip();
        String needle = ref.length() > 40 ? ref.substring(0, 40) : ref;
        for (int i = from; i < end; i++) {
            String line = lines.get(i);
            if (needle.isEmpty() ? line.stripLeading().startsWith("- ") : line.contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    private static int nextKeyAfter(Map<String, Integer> keyLines, int line, int frontEnd) {
        int next = frontEnd;
        for (int other : keyLines.values()) {
            if (other > line && other - 1 < next) {
                next = other - 1;
            }
        }
        return next;
    }
}

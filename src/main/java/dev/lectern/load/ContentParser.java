package dev.lectern.load;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.SourceText;
import dev.lectern.config.StrictYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Splits a Markdown file into YAML front matter (between {@code ---} lines at the top) and body, and binds the
 * front matter to a record with the strict YAML rules of {@link StrictYaml}.
 */
public final class ContentParser {

    /** Largest content file read. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final StrictYaml yaml;

    public ContentParser(StrictYaml yaml) {
        this.yaml = yaml;
    }

    /**
     * Reads {@code file}; {@code empty} is the front matter of a file that has none. Empty result when the file
     * cannot be used (the reason is in {@code diagnostics}).
     */
    public <F> Optional<ContentDoc<F>> parse(Path file, Class<F> frontType, F empty, Diagnostics diagnostics) {
        return readText(file, diagnostics).flatMap(text -> parse(file, text, frontType, empty, diagnostics));
    }

    /**
     * The text of a content file: at most {@link #MAX_FILE_BYTES}, UTF-8 under the policy of {@link SourceText};
     * empty (and diagnostics) if not.
     */
    public Optional<String> readText(Path file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(Location.of(file), "content file is too large (" + size + " bytes)",
                        "keep content files under " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read content file: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
        return SourceText.decode(file, bytes, "content file", diagnostics);
    }

    /** Parses the bytes of a content file named {@code file}, under the UTF-8 policy of {@link SourceText}. */
    public <F> Optional<ContentDoc<F>> parse(Path file, byte[] bytes, Class<F> frontType, F empty,
                                             Diagnostics diagnostics) {
        return SourceText.decode(file, bytes, "content file", diagnostics)
                .flatMap(text -> parse(file, text, frontType, empty, diagnostics));
    }

    /** Parses the text of a content file named {@code file}. */
    public <F> Optional<ContentDoc<F>> parse(Path file, String text, Class<F> frontType, F empty,
                                             Diagnostics diagnostics) {
        String content = text.replace("\r\n", "\n").replace('\r', '\n');
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        int firstEnd = content.indexOf('\n');
        String firstLine = firstEnd < 0 ? content : content.substring(0, firstEnd);
        if (!firstLine.stripTrailing().equals("---")) {
            return Optional.of(new ContentDoc<>(file, name, empty, content, 1));
        }
        int close = firstEnd < 0 ? -1 : findClosingFence(content, firstEnd + 1);
        if (close < 0) {
            diagnostics.error(Location.of(file, 1), "front matter starts with '---' but is never closed",
                    "add a line '---' after the front matter");
            return Optional.empty();
        }
        String frontText = content.substring(firstEnd + 1, close);
        int frontLines = (int) frontText.chars().filter(c -> c == '\n').count();
        int afterFence = content.indexOf('\n', close);
        String body = afterFence < 0 ? "" : content.substring(afterFence + 1);
        int bodyLine = frontLines + 3;
        if (frontText.isBlank()) {
            return Optional.of(new ContentDoc<>(file, name, empty, body, bodyLine));
        }
        return yaml.read(frontText, file, 1, frontType, empty, diagnostics)
                .map(front -> new ContentDoc<>(file, name, front, body, bodyLine));
    }

    /** Offset of the closing {@code ---} line, or -1. */
    private static int findClosingFence(String content, int from) {
        int pos = from;
        while (pos <= content.length()) {
            int end = content.indexOf('\n', pos);
            String line = end < 0 ? content.substring(pos) : content.substring(pos, end);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                return pos;
            }
            if (end < 0) {
                return -1;
            }
            pos = end + 1;
        }
        return -1;
    }

}

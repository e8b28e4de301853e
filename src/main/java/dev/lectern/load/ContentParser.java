package dev.lectern.load;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.config.StrictYaml;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
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

    /** The text of a content file: at most {@link #MAX_FILE_BYTES}, valid UTF-8; empty (and a diagnostic) if not. */
    public Optional<String> readText(Path file, Diagnostics diagnostics) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                diagnostics.error(Location.of(file), "content file is too large (" + Files.size(file) + " bytes)",
                        "keep content files under " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
                return Optional.empty();
            }
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            diagnostics.error(Location.of(file), "content file is not valid UTF-8", "save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read content file: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Parses the text of a content file named {@code file}. */
    public <F> Optional<ContentDoc<F>> parse(Path file, String text, Class<F> frontType, F empty,
                                             Diagnostics diagnostics) {
        String content = text.replace("\r\n", "\n").replace('\r', '\n');
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (!content.startsWith("---\n") && !content.equals("---")) {
            return Optional.of(new ContentDoc<>(file, name, empty, content, 1));
        }
        int close = findClosingFence(content);
        if (close < 0) {
            diagnostics.error(Location.of(file, 1), "front matter starts with '---' but is never closed",
                    "add a line '---' after the front matter");
            return Optional.empty();
        }
        String frontText = content.substring(4, close);
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
    private static int findClosingFence(String content) {
        int pos = 4;
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

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}

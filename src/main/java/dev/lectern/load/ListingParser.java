package dev.lectern.load;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a listing: a header line {@code <N> papers on arXiv}, then one abstract per line, cut and ending in
 * {@code ...}. Tolerates what real files bring (BOM, CRLF, blank lines, trailing spaces); invalid UTF-8 is replaced
 * by U+FFFD with a warning naming the line and byte offset. Never throws on bad input.
 */
public final class ListingParser {

    /** Largest listing file read; larger ones are refused with an error. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Pattern HEADER =
            Pattern.compile("(?i)\\s*(\\d[\\d,]*)\\s+papers?\\s+on\\s+arxiv\\s*[.:]?\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    /** Reads {@code file}; empty when it cannot be read at all (an error is reported then). */
    public Optional<ListingSource> parse(Path file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(Location.of(file), "listing is too large (" + size + " bytes)",
                        "split it into listings of at most " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read listing: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
        return parse(file, bytes, diagnostics);
    }

    /** Parses the bytes of a listing named {@code file}. */
    public Optional<ListingSource> parse(Path file, byte[] bytes, Diagnostics diagnostics) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            diagnostics.error(new Location(file, lineAt(bytes, nul), 0),
                    "this looks like a binary file, not a listing (NUL byte at offset " + nul + ")",
                    "remove it from seeds/, or save it as UTF-8 text");
            return Optional.empty();
        }
        int start = startsWithBom(bytes) ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        int declared = -1;
        boolean seenFirstLine = false;
        List<ListingEntry> entries = new ArrayList<>();
        int lineNo = 0;
        int pos = start;
        while (pos < bytes.length || (pos == bytes.length && lineNo == 0)) {
            int end = indexOf(bytes, (byte) '\n', pos);
            int next = end < 0 ? bytes.length + 1 : end + 1;
            int stop = end < 0 ? bytes.length : end;
            if (stop > pos && bytes[stop - 1] == '\r') {
                stop--;
            }
            lineNo++;
            String raw = decodeLine(bytes, pos, stop, strict, file, lineNo, diagnostics);
            pos = next;
            String line = normalizeSpace(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (!seenFirstLine) {
                seenFirstLine = true;
                Matcher header = HEADER.matcher(line);
                if (header.matches()) {
                    declared = parseCount(header.group(1));
                    continue;
                }
                diagnostics.warning(Location.of(file, lineNo),
                        "listing has no header line '<N> papers on arXiv'",
                        "add the header as the first line; this line is read as a paper");
            }
            entries.add(toEntry(line, lineNo));
        }
        if (!seenFirstLine) {
            diagnostics.warning(Location.of(file, 1), "listing is empty",
                    "add a header line and one abstract per line, or remove the file");
        } else if (declared >= 0 && declared != entries.size()) {
            diagnostics.warning(Location.of(file, headerLine(bytes, start)),
                    "header announces " + declared + " papers but the file has " + entries.size() + " paper lines",
                    "correct the number in the header line");
        }
        return Optional.of(new ListingSource(file, declared, entries));
    }

    private static ListingEntry toEntry(String line, int lineNo) {
        String text = line;
        boolean cut = false;
        if (text.endsWith("...")) {
            text = text.substring(0, text.length() - 3);
            cut = true;
        } else if (text.endsWith("\u2026")) {
            text = text.substring(0, text.length() - 1);
            cut = true;
        }
        return new ListingEntry(lineNo, text.stripTrailing(), cut);
    }

    /** Collapses runs of white space (including TeX-irrelevant Unicode spaces) and drops control characters. */
    static String normalizeSpace(String raw) {
        String noControls = CONTROL.matcher(raw).replaceAll("");
        return WHITESPACE.matcher(noControls).replaceAll(" ").strip();
    }

    private static String decodeLine(byte[] bytes, int from, int to, CharsetDecoder strict, Path file, int lineNo,
                                     Diagnostics diagnostics) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        try {
            return strict.reset().decode(in).toString();
        } catch (CharacterCodingException e) {
            int offset = firstMalformedOffset(bytes, from, to);
            diagnostics.warning(new Location(file, lineNo, 0),
                    "invalid UTF-8 at byte offset " + offset + " of the file; replaced with \uFFFD",
                    "save the listing as UTF-8");
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    private static int firstMalformedOffset(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : from;
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int headerLine(byte[] bytes, int start) {
        int line = 1;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            } else if (!Character.isWhitespace(bytes[i])) {
                return line;
            }
        }
        return 1;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static int indexOf(byte[] bytes, byte value) {
        return indexOf(bytes, value, 0);
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

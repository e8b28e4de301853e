package dev.lectern.load;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a listing: a header line {@code <N> papers on arXiv}, then one abstract per line, cut and ending in
 * {@code ...}. Tolerates what real files bring (BOM, CRLF or CR line ends, blank lines, trailing spaces, a header
 * repeated where two listings were pasted together); text that is not UTF-8 is an error (see {@link SourceText}).
 * Never throws on bad input: every problem is a diagnostic.
 */
public final class ListingParser {

    /** Largest listing file read; larger ones are refused with an error. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Pattern HEADER =
            Pattern.compile("(?i)\\s*(\\d[\\d,]{0,15})\\s+papers?\\s+on\\s+arxiv\\s*[.:]?\\s*");

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

    /**
     * Parses the bytes of a listing named {@code file}. Empty when they are not UTF-8 text (the errors name the
     * line and byte offset of each bad byte).
     */
    public Optional<ListingSource> parse(Path file, byte[] bytes, Diagnostics diagnostics) {
        return SourceText.decode(file, bytes, "listing", diagnostics).map(text -> parse(file, text, diagnostics));
    }

    /** Parses the text of a listing named {@code file}. */
    public ListingSource parse(Path file, String text, Diagnostics diagnostics) {
        int declared = -1;
        String declaredAs = null;
        int headerLine = 0;
        boolean seenFirstLine = false;
        List<ListingEntry> entries = new ArrayList<>();
        int lineNo = 0;
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int length = text.length();
        // where the next \n and \r are, found by indexOf (vectorized), each searched again only once passed
        int nextLf = -2;
        int nextCr = -2;
        while (pos < length) {
            if (nextLf != -1 && nextLf < pos) {
                nextLf = text.indexOf('\n', pos);
            }
            if (nextCr != -1 && nextCr < pos) {
                nextCr = text.indexOf('\r', pos);
            }
            int end = Math.min(nextLf < 0 ? length : nextLf, nextCr < 0 ? length : nextCr);
            lineNo++;
            String line = normalizeSpace(text.substring(pos, end));
            pos = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            boolean isHeader = header.matches();
            if (!seenFirstLine) {
                seenFirstLine = true;
                if (isHeader) {
                    declaredAs = header.group(1);
                    declared = parseCount(declaredAs);
                    headerLine = lineNo;
                    continue;
                }
                diagnostics.warning(Location.of(file, lineNo),
                        "listing has no header line '<N> papers on arXiv'",
                        "add the header as the first line; this line is read as a paper");
            } else if (isHeader) {
                diagnostics.warning(Location.of(file, lineNo),
                        "a second header line '" + line + "' (were two listings pasted together?)",
                        "remove the line, or split the file into two listings; it is skipped");
                continue;
            }
            if (line.codePoints().noneMatch(Character::isLetterOrDigit)) {
                diagnostics.warning(Location.of(file, lineNo), "this line has no words, so it is not a paper",
                        "remove the line; it is skipped");
                continue;
            }
            entries.add(toEntry(line, lineNo));
        }
        if (!seenFirstLine) {
            diagnostics.warning(Location.of(file, 1), "listing is empty",
                    "add a header line and one abstract per line, or remove the file");
        } else if (declared >= 0 && declared != entries.size()) {
            diagnostics.warning(Location.of(file, headerLine),
                    "header announces " + declaredAs + " papers but the file has " + entries.size() + " paper lines",
                    "correct the number in the header line");
        }
        return new ListingSource(file, declared, entries);
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

    /**
     * Collapses runs of white space (including the Unicode spaces that TeX and word processors leave) into one
     * space, and drops control characters and stray byte-order marks, which files pasted together carry mid-text.
     * One pass over the line: listings can be hundreds of megabytes.
     */
    static String normalizeSpace(String raw) {
        if (isPlain(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (Character.getType(c) != Character.CONTROL && c != '\uFEFF') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code raw} is already normal: printable ASCII and letters beyond it that are not spaces or controls,
     * with single spaces between words and none at the ends (most lines, checked without building a new one).
     */
    private static boolean isPlain(String raw) {
        int n = raw.length();
        if (n == 0 || raw.charAt(0) == ' ' || raw.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if (c < 0x21 || c == 0x7f || c >= 0x80 && (isSpace(c) || Character.getType(c) == Character.CONTROL
                    || c == '\uFEFF' || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Java's white space and Unicode's space separators (no-break, line and paragraph separators too). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}

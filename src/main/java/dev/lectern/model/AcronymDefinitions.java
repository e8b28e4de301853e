package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a text defines, as in {@code "reinforcement learning from human feedback (RLHF)"} or
 * {@code "RLHF (reinforcement learning from human feedback)"}, with the algorithm of Schwartz and Hearst (2003): the
 * long form is the shortest run of words before the parenthesis whose letters spell the acronym in order, the
 * acronym's first letter starting a word. One pass of a regular expression over the text.
 */
final class AcronymDefinitions {

    /** An acronym and the words it stands for, as written. */
    record Definition(String acronym, String longForm, int longFormStart, int longFormEnd) {
    }

    /**
     * Something in parentheses: one word of 2 to 10 letters and digits with at least two capitals (the short form),
     * or a run of words (a long form that follows its acronym).
     */
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{2,120})\\)");
    private static final Pattern SHORT_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,11}");
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z][A-Za-z0-9-]{0,11})\\s*$");

    private AcronymDefinitions() {
    }

    /** The definitions in {@code plain} (text without TeX), in order. */
    static List<Definition> in(String plain) {
        List<Definition> found = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(plain);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (SHORT_FORM.matcher(inside).matches() && isAcronym(inside)) {
                Definition d = longFormBefore(plain, m.start(), singular(inside));
                if (d != null) {
                    found.add(d);
                }
            } else if (inside.indexOf(' ') > 0) {
                Matcher before = WORD_BEFORE.matcher(plain.substring(Math.max(0, m.start() - 14), m.start()));
                if (before.find() && isAcronym(before.group(1))) {
                    Definition d = longFormInside(plain, m.start(1), m.end(1), singular(before.group(1)));
                    if (d != null) {
                        found.add(d);
                    }
                }
            }
        }
        return found;
    }

    /** {@code RLHF}, {@code LLMs}, {@code SiT}, {@code scRNA-seq}: at least two capitals, at most 12 characters. */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 12 || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** {@code LLMs} is the plural of {@code LLM}; {@code SiT} stays. */
    static String singular(String acronym) {
        int n = acronym.length();
        if (n >= 3 && acronym.charAt(n - 1) == 's' && Character.isUpperCase(acronym.charAt(n - 2))) {
            return acronym.substring(0, n - 1);
        }
        return acronym;
    }

    private static Definition longFormBefore(String plain, int parenthesis, String acronym) {
        int maxWords = Math.min(acronym.length() + 5, acronym.length() * 2);
        // the window: words back to the last punctuation, at most maxWords of them
        int start = parenthesis;
        int words = 0;
        boolean inWord = false;
        while (start > 0) {
            char c = plain.charAt(start - 1);
            if (c == '(' || c == ')' || c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '[') {
                break;
            }
            boolean letter = !Character.isWhitespace(c);
            if (!letter && inWord) {
                words++;
                if (words == maxWords) {
                    break;
                }
            }
            inWord = letter;
            start--;
        }
        int end = parenthesis;
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        return match(plain, start, end, acronym);
    }

    private static Definition longFormInside(String plain, int from, int to, String acronym) {
        int start = from;
        while (start < to && Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        Definition d = match(plain, start, end, acronym);
        // the long form must be all of the parenthesis, not its tail
        return d != null && d.longFormStart() == start ? d : null;
    }

    /** Schwartz and Hearst: match the acronym's letters from its end, backwards through the window. */
    private static Definition match(String plain, int windowStart, int windowEnd, String acronym) {
        int l = windowEnd - 1;
        for (int s = acronym.length() - 1; s >= 0; s--) {
            char c = Character.toLowerCase(acronym.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= windowStart && (Character.toLowerCase(plain.charAt(l)) != c
                    || (s == 0 && l > windowStart && Character.isLetterOrDigit(plain.charAt(l - 1))))) {
                l--;
            }
            if (l < windowStart) {
                return null;
            }
            l--;
        }
        int start = l + 1;
        while (start > windowStart && !Character.isWhitespace(plain.charAt(start - 1))) {
            start--;
        }
        String longForm = plain.substring(start, windowEnd);
        int words = longForm.split("\\s+").length;
        if (longForm.length() <= acronym.length() || words > acronym.length() + 2
                || longForm.contains(acronym) || !Character.isLetter(longForm.charAt(0))) {
            return null;
        }
        return new Definition(acronym, longForm, start, windowEnd);
    }
}

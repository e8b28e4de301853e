package dev.lectern.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a readable title from an abstract, for papers whose real title nobody wrote down. In order of
 * preference: the system the abstract introduces ({@code BBF: A value-based RL agent}), the object of "we
 * introduce/study/propose ..." ({@code The dormant neuron phenomenon in deep reinforcement learning}), else the
 * first clause of the first sentence. Acronym definitions in parentheses are dropped; long titles are cut at a word
 * boundary with an ellipsis.
 */
public final class TitleDeriver {

    /** Titles longer than this are cut at a word boundary. */
    public static final int MAX_LENGTH = 90;

    private static final Pattern CALLED = Pattern.compile(
            "(?i:we (?:introduce|present|propose|develop|describe)) (?<desc>an? [^,.;]{3,80}?),? "
                    + "(?i:which we call|called|dubbed|named|coined) " + named("name"));
    private static final Pattern INTRODUCES_APPOSITIVE = Pattern.compile(
            "(?i:introduces?|presents?|proposes?) (?<desc>an? (?:new )?[^,.;]{3,80}?), " + named("name") + ",");
    private static final Pattern INTRODUCE_NAMED = Pattern.compile(
            "(?i:we (?:introduce|present|propose|release)) (?:the )?" + named("name")
                    + "(?:, (?<desc>an? [^.;]{3,120}?)(?:[,.;]|$)| (?<rest>(?:family|suite|series|model|models|framework|benchmark|dataset)[^,.;]*))");
    private static final Pattern DEFINED_ACRONYM = Pattern.compile(
            "(?i:we (?:introduce|present|propose)) (?:the |a |an )?(?<desc>(?:[A-Z][\\w-]*[ -]){1,6}[A-Z][\\w-]*) \\((?<name>[A-Z][\\w-]*[A-Z][\\w-]*)\\)");
    private static final Pattern WE_VERB = Pattern.compile(
            "^(?:(?:in|with) this (?:work|paper|report|note|study),? )?we (?:(?:first |formally )?"
                    + "(?:introduce|present|propose|study|identify|consider(?: and analy[sz]e)?|analy[sz]e|investigate|"
                    + "examine|explore|revisit|describe|develop|show|demonstrate)) (?<object>.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\s*\\((?:[A-Z][\\w.-]*s?|[a-z]?[A-Z]+s?)\\)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(" -- | — |; |: |, ");
    private static final Pattern LINKING_VERB = Pattern.compile(
            ", (?=(?:is|are|was|were|has|have|had|remains|remain|plays|can|could|may|will|becomes)\\b)");
    private static final Set<String> WEAK_ENDINGS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and",
            "or", "with", "by", "from", "at", "as", "that", "which", "is", "are", "its", "their", "our", "via", "we");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\\]][.!?])\\s+(?=[A-Z(\\[])");

    private TitleDeriver() {
    }

    private static String named(String group) {
        return "(?<" + group + ">(?:[A-Z][\\w.+-]*[A-Z0-9][\\w.+-]*|[A-Z][a-z]+)(?: \\d+(?:\\.\\d+)?)?)";
    }

    /** A title for {@code abstractText}; never empty for an abstract with any words. */
    public static String titleOf(Abstract abstractText) {
        return titleOfPlain(abstractText.plain());
    }

    static String titleOfPlain(String plain) {
        String text = plain.strip();
        if (text.isEmpty()) {
            return "Untitled paper";
        }
        List<String> sentences = List.of(SENTENCE_END.split(text, 4));
        String opening = sentences.size() > 1 ? sentences.get(0) + " " + sentences.get(1) : sentences.get(0);
        String named = namedSystem(opening);
        if (named != null) {
            return finish(named);
        }
        for (String sentence : sentences.subList(0, Math.min(2, sentences.size()))) {
            Matcher we = WE_VERB.matcher(stripEnd(sentence));
            if (we.matches() && wordCount(we.group("object")) >= 3) {
                return finish(firstClause(capitalize(we.group("object")), false));
            }
        }
        return finish(firstClause(stripEnd(sentences.get(0)), true));
    }

    private static String namedSystem(String opening) {
        Matcher m = CALLED.matcher(opening);
        if (m.find()) {
            return m.group("name") + ": " + capitalize(m.group("desc"));
        }
        m = DEFINED_ACRONYM.matcher(opening);
        if (m.find()) {
            return m.group("name") + ": " + m.group("desc");
        }
        m = INTRODUCE_NAMED.matcher(opening);
        if (m.find() && !isCommonWord(m.group("name"))) {
            if (m.group("desc") != null) {
                return m.group("name") + ": " + capitalize(m.group("desc"));
            }
            return "The " + m.group("name") + " " + m.group("rest");
        }
        m = INTRODUCES_APPOSITIVE.matcher(opening);
        if (m.find() && !isCommonWord(m.group("name"))) {
            return m.group("name") + ": " + capitalize(m.group("desc"));
        }
        return null;
    }

    private static boolean isCommonWord(String name) {
        return Set.of("A", "An", "The", "This", "These", "Our", "We", "It", "In", "Finally", "Moreover", "However")
                .contains(name);
    }

    /**
     * The first clause long enough to say something: {@code "Length generalization, defined as ..., is a
     * challenge"} becomes {@code "Length generalization is a challenge"}.
     */
    private static String firstClause(String sentence, boolean allowJoin) {
        String s = ACRONYM_DEFINITION.matcher(sentence).replaceAll("");
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        Matcher brk = CLAUSE_BREAK.matcher(s);
        while (brk.find()) {
            String head = s.substring(0, brk.start());
            if (wordCount(head) >= 4 && !startsWithIntroductoryPhrase(head)) {
                return head;
            }
            if (allowJoin && wordCount(head) < 4) {
                Matcher verb = LINKING_VERB.matcher(s);
                if (verb.find(brk.start())) {
                    String joined = head + " " + s.substring(verb.end());
                    return firstClause(joined, false);
                }
            }
        }
        return s;
    }

    private static boolean startsWithIntroductoryPhrase(String head) {
        String first = head.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return Set.of("in", "for", "despite", "while", "although", "though", "since", "as", "when", "recently",
                "over", "given", "unlike", "to", "with", "by").contains(first);
    }

    private static String finish(String title) {
        String t = title.strip().replaceAll("[\\s,;:.-]+$", "");
        t = capitalize(t);
        if (t.length() <= MAX_LENGTH) {
            return t;
        }
        String[] words = t.substring(0, MAX_LENGTH).split(" ");
        int keep = words.length - 1; // the last word may be cut in the middle
        while (keep > 1 && WEAK_ENDINGS.contains(words[keep - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
            keep--;
        }
        return String.join(" ", List.of(words).subList(0, Math.max(1, keep))).replaceAll("[,;:-]+$", "") + "\u2026";
    }

    private static String stripEnd(String sentence) {
        return sentence.replaceAll("[.!?]+$", "");
    }

    private static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

package dev.lectern.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a readable title from an abstract, for papers whose real title nobody wrote down. In order of
 * preference: the system the abstract introduces ({@code BBF: A value-based RL agent}), the object of "we
 * introduce/study/propose ..." ({@code The dormant neuron phenomenon in deep reinforcement learning}), else the point
 * of the first sentence ({@code The means of coupling the teacher and student in knowledge distillation} from "A
 * critical component in knowledge distillation is the means of coupling ..."). Asides (acronym definitions,
 * citations, "a.k.a." remarks) are dropped; a title that is too long is cut at a clause or phrase boundary, else at
 * a word boundary with an ellipsis.
 *
 * <p>The last sentence of a cut abstract stops mid-way, often mid-word, so it is used only when it is the only
 * sentence, and then without its last, possibly partial, word and never up to where the cut fell.
 */
public final class TitleDeriver {

    /** Titles longer than this are shortened; one cut at a word boundary gets an ellipsis on top. */
    public static final int MAX_LENGTH = 90;

    private static final String UNTITLED = "Untitled paper";
    private static final String ELLIPSIS = "\u2026";
    /** A phrase-boundary cut must keep at least this much, else the word cut with an ellipsis says more. */
    private static final int MIN_PHRASE_CUT = 40;

    // ---- Sentences -------------------------------------------------------------------------------------------

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "al", "vs", "cf", "fig", "figs", "eq",
            "eqs", "sec", "no", "nos", "resp", "approx", "ref", "refs", "w.r.t", "a.k.a", "dr", "prof", "mr", "ms",
            "st", "viz", "ca", "et", "ph.d", "u.s", "cit", "op", "vol", "ch", "pp");
    /** A text cut right after a sentence (not after the "1." of "1.5") has no partial sentence to leave out. */
    private static final Pattern COMPLETE_END = Pattern.compile("[\\p{L})\\]][.!?]$|[\u3002\uFF01\uFF1F]$");
    /** "Let G be a finite group." sets up, it does not say what the paper is about. */
    private static final Pattern HYPOTHESIS = Pattern.compile("^(?:Let|Suppose|Assume|Consider|Given) ");

    // ---- Named systems: "we introduce X, which we call NAME", "introduces a new family of models, NAME, ..." --

    private static final Pattern CALLED = Pattern.compile(
            "(?i:we (?:introduce|present|propose|develop|describe)) (?<desc>an? [^,.;]{3,80}?),? "
                    + "(?i:which we call|called|dubbed|named|coined) " + named("name"));
    private static final Pattern INTRODUCES_APPOSITIVE = Pattern.compile(
            "(?i:introduces?|presents?|proposes?) (?<desc>an? (?:new )?[^,.;]{3,80}?), " + named("name") + ",");
    private static final Pattern INTRODUCE_NAMED = Pattern.compile(
            "(?i:we (?:introduce|present|propose|release)) (?:the )?" + named("name")
                    + "(?:, (?<desc>an? .{3,})$| (?<rest>(?:family|suite|series|model|models|framework|benchmark"
                    + "|dataset)[^,;]*))");
    private static final Pattern DEFINED_ACRONYM = Pattern.compile(
            "(?i:we (?:introduce|present|propose)) (?:the |a |an )?(?<desc>(?:[A-Z][\\w-]*[ -]){1,6}[A-Z][\\w-]*) "
                    + "\\((?<name>[A-Z][\\w-]*[A-Z][\\w-]*)\\)");
    // most sentences introduce nothing, and searching every position of them with the expressions above was a
    // quarter of deriving titles: each is searched for only in a sentence that has its verb where it expects it
    /** The verbs that follow "we " in {@link #CALLED}, {@link #DEFINED_ACRONYM} and {@link #INTRODUCE_NAMED}. */
    private static final List<String> WE_VERBS =
            List.of("introduce", "present", "propose", "develop", "describe", "release");
    /** The verbs that come before " a" or " an" in {@link #INTRODUCES_APPOSITIVE}. */
    private static final List<String> INTRODUCES =
            List.of("introduce", "introduces", "present", "presents", "propose", "proposes");
    private static final Set<String> NOT_NAMES = Set.of("A", "An", "The", "This", "These", "Our", "We", "It", "In",
            "Finally", "Moreover", "However");

    // ---- "We study X", "This paper introduces X", "Here, we show that X" ---------------------------------------

    private static final Pattern WE_VERB = Pattern.compile(
            "^(?:(?:in|with) this (?:work|paper|report|note|study|article|letter),? |here,? |to this end,? )?"
                    + "(?:we|this (?:work|paper|report|note|study|article|letter)) "
                    + "(?:(?:first|formally|also|further|then) )?"
                    + "(?:introduce|present|propose|stud(?:y|ie)|identif(?:y|ie)|consider|analy[sz]e|investigate"
                    + "|examine|explore|revisit|describe|develop|show|demonstrate|report|prove|establish|derive"
                    + "|characteri[sz]e|conduct|perform|measure|compute|construct|address|review|provide|evaluate)s? "
                    + "(?:and (?:analy[sz]e|characteri[sz]e|evaluate|study|solve)s? )?(?:that )?(?<object>.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_START = Pattern.compile(
            "(?i)^(?:it|its|them|they|their|this|these|those|he|she|us|our|we)\\b");

    // ---- Rewrites of an opening sentence into its point --------------------------------------------------------

    private static final Pattern LABEL = Pattern.compile(
            "^(?:Background|Abstract|Context|Objectives?|Purpose|Aims?|Introduction|Motivation|Summary)\\s*[:.]\\s+");
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:(?:However|Moreover|Furthermore|Additionally|In addition|Thus|Therefore|Consequently|Importantly"
                    + "|Notably|Recently|Here|In particular|Finally|Nowadays|Today),|Then)\\s+");
    /** "Recent studies have shown that X" and "It is well known that X" are about X. */
    private static final Pattern REPORTED = Pattern.compile(
            "^(?:(?:(?:recent|prior|previous|many|several|numerous|some|earlier|growing) )?(?:studies|works?|research"
                    + "|results|findings|evidence|experiments|papers|analyses|observations)(?: \\w+){0,3}? "
                    + "(?:have |has )?(?:recently |consistently |repeatedly )?|it (?:is|has been) (?:well[ -])?)"
                    + "(?:shown|indicated|demonstrated|suggested|found|revealed|established|argued|known|observed) that "
                    + "(?<claim>.+)$", Pattern.CASE_INSENSITIVE);
    /** "Despite the success of X, they often fail" is about X failing. */
    private static final Pattern DESPITE = Pattern.compile(
            "^(?:Despite|Although|While|Though) (?:the |their |its )?(?:[\\w-]+ )?(?:success(?:es)?|progress"
                    + "|popularity|advances?|achievements?|promise|ubiquity|prevalence) of (?<subject>[^,]+), "
                    + "(?:they|it) (?<rest>.+)$");
    /** "The potential of X is that Y" is about Y. */
    private static final Pattern PREMISE = Pattern.compile(
            "^The (?:potential|promise|premise|hope|key idea|main idea|idea|insight|intuition|hypothesis) "
                    + "(?:of|behind|in|underlying) [^,]+? is that (?<claim>.+)$");
    /** "A central challenge in X is Y" is about Y in X; "A promising approach for X is to use Y" is Y for X. */
    private static final Pattern CENTRAL_NOUN = Pattern.compile(
            "^(?:An?|The|One of the) (?:(?:open|key|central|critical|crucial|major|fundamental|important|core|main"
                    + "|common|promising|natural|popular|standard|long-standing|outstanding|persistent|primary|basic"
                    + "|significant|notable|emerging|simple|effective|successful|widely used) ){0,2}"
                    + "(?<noun>challenges?|problems?|questions?|components?|ingredients?|bottlenecks?|obstacles?|goals?"
                    + "|issues?|difficult(?:y|ies)|approach(?:es)?|ways?|methods?|strateg(?:y|ies)|techniques?|tools?) "
                    + "(?<prep>in|of|for|to) (?<topic>[^,]+?) is (?:to (?:use|employ|apply|leverage|exploit) |using "
                    + "|the use of )?(?<what>(?!(?:to|that|not|how|whether|why|what|because|therefore|thus|also|often"
                    + "|a matter|twofold|threefold)\\b)[^,].{7,})$");
    private static final Pattern APPROACH_NOUN = Pattern.compile(
            "approach(?:es)?|ways?|methods?|strateg(?:y|ies)|techniques?|tools?");

    // ---- Asides a title leaves out ----------------------------------------------------------------------------

    // each is searched for only in a sentence that has what it cannot match without: most sentences have no
    // parenthesis, dash nor remark, and searching them at every position was a fifth of deriving titles

    // acronym definitions: (RL), (LLMs), (mAP)
    private static final Pattern ACRONYM_ASIDE =
            Pattern.compile("\\s*\\((?:[A-Z][\\w.-]*s?|[a-z]?[A-Z]+[a-z]?s?)\\)");
    // citations: (Zelikman et al., 2022)
    private static final Pattern CITATION_ASIDE = Pattern.compile("\\s*\\([^()]*\\b(?:1[89]|20)\\d\\d[a-z]?\\)");
    // remarks: (a.k.a. cross-entropy loss), (e.g., images)
    private static final Pattern REMARK_ASIDE = Pattern.compile(
            "\\s*\\((?:a\\.k\\.a\\.?|aka|also known as|also called|i\\.e\\.,?|e\\.g\\.,?|see|cf\\.|resp\\.)[^()]*\\)");
    // dashed remarks: -- also known as process reward models --
    private static final Pattern DASHED_ASIDE = Pattern.compile("\\s+(?:--|\u2014|\u2013)\\s*(?:also known as"
            + "|a\\.k\\.a\\.?|aka|also called|i\\.e\\.,?|e\\.g\\.,?)[^\u2014\u2013]*?\\s*(?:--|\u2014|\u2013)(?=\\s)");
    // comma remarks, keeping the comma that closes them: ", that is, choosing the best policy,"
    private static final Pattern COMMA_ASIDE = Pattern.compile(
            ",\\s+(?:also known as|a\\.k\\.a\\.?|also called|that is,|i\\.e\\.,?|namely)\\s+[^,]+(?=,|$)");
    /** How {@link #COMMA_ASIDE} goes on after its comma and white space. */
    private static final List<String> COMMA_ASIDE_OPENINGS =
            List.of("also known as", "a.k.a", "also called", "that is,", "i.e.", "namely");

    // the expressions its small steps use, compiled once: String.replaceAll compiles its expression at every call,
    // which at 100,000 papers was a second of the build
    private static final Pattern END_MARKS = Pattern.compile("[.!?\u3002\uFF01\uFF1F]+$");
    private static final Pattern GERUND_FIRST = Pattern.compile("\\w+ing\\b.*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.-]+$");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:]+$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:-]+$");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");
    private static final Pattern BRACES = Pattern.compile("[{}]");
    private static final Pattern TEND_TO = Pattern.compile("(?<=\\w) tend to (?=\\w)");
    private static final Pattern IN_ORDER_TO = Pattern.compile("\\bin order to\\b");

    // ---- Clause and phrase boundaries -------------------------------------------------------------------------

    private static final Pattern STRONG_BREAK = Pattern.compile(" -- | \u2014 | \u2013 |\u2014|; |: ");
    private static final Pattern COMMA = Pattern.compile(", (?<next>[\\w-]+)");
    private static final Pattern PHRASE_GAP = Pattern.compile(",? (?<next>[\\w-]+)");
    private static final Pattern LINKING_VERB = Pattern.compile(
            ", (?=(?:is|are|was|were|has|have|had|remains|remain|plays|can|could|may|will|becomes)\\b)");
    private static final Set<String> INTRODUCTORY = Set.of("in", "for", "despite", "while", "although", "though",
            "since", "as", "when", "recently", "over", "given", "unlike", "to", "with", "by", "however", "moreover",
            "furthermore", "additionally", "here", "thus", "therefore", "consequently", "today", "traditionally",
            "historically", "currently", "typically", "analytically", "empirically", "theoretically", "practically",
            "importantly", "notably", "after", "before", "during", "if", "because", "on", "at", "from", "under",
            "among", "across", "within", "beyond", "through", "following", "using", "once");
    /** Words a comma may precede when it ends a clause rather than a list item: relatives, appositives. */
    private static final Set<String> CLAUSE_STARTERS = Set.of("which", "where", "whereas", "while", "when", "whose",
            "who", "such", "including", "thereby", "thus", "but", "yet", "although", "though", "because", "since",
            "by", "using", "via", "through", "a", "an", "the", "e", "i", "namely", "especially", "particularly",
            "notably", "as");
    private static final Set<String> NOT_GERUNDS = Set.of("thing", "things", "string", "strings", "ring", "rings",
            "king", "spring", "nothing", "something", "everything", "anything", "bring", "wing", "wings", "swing");
    /** Words a phrase can be cut before. */
    private static final Set<String> BOUNDARY_WORDS = Set.of("by", "which", "that", "where", "whereas", "while",
            "when", "whose", "who", "using", "through", "via", "for", "in", "on", "at", "with", "from", "within",
            "across", "under", "over", "between", "without", "into", "to", "such", "including", "thereby", "thus",
            "but", "yet", "although", "though", "because", "since", "after", "before", "during", "among", "against",
            "toward", "towards", "beyond", "despite", "used", "trained", "based", "learned", "generated", "obtained",
            "derived", "designed", "collected", "produced", "induced", "driven", "provided", "applied", "computed",
            "measured", "observed", "estimated", "parameterized", "defined", "ranging", "representing", "leading");
    /** Words a cut with an ellipsis had better fall before. */
    private static final Set<String> BACK_OFF_WORDS = union(BOUNDARY_WORDS, Set.of("of", "and", "or", "as", "than"));
    /** Words a title cannot end in: function words, auxiliaries, words that wait for their phrase. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or",
            "with", "by", "from", "at", "as", "that", "which", "is", "are", "was", "were", "be", "been", "being",
            "its", "their", "our", "his", "her", "via", "we", "than", "into", "onto", "over", "under", "between",
            "among", "across", "through", "within", "without", "whose", "where", "when", "while", "if", "whether",
            "so", "such", "not", "no", "this", "these", "those", "can", "could", "may", "might", "will", "would",
            "should", "must", "has", "have", "had", "do", "does", "did", "both", "either", "neither", "more", "most",
            "less", "least", "very", "also", "only", "still", "often", "each", "every", "some", "many", "all", "any",
            "how", "what", "using", "based", "used", "relies", "rely", "depends", "depend", "focus", "focuses",
            "consists", "known", "called", "named", "termed", "dubbed", "trained", "learned", "generated",
            "obtained", "derived", "designed", "provided", "applied", "defined", "given", "needed", "required",
            "shown", "led", "aimed", "able", "unable", "likely", "unlikely", "tend", "tends", "aim", "aims", "seek",
            "seeks", "need", "needs", "fail", "fails", "enable", "enables", "allow", "allows", "leads", "lead",
            "make", "makes", "become", "becomes", "remain", "remains", "lack", "lacks", "e.g", "i.e", "et", "al",
            "one", "two", "own", "versus", "vs", "but", "yet", "nor", "then", "thereby", "thus", "because",
            "although", "though", "since", "despite", "toward", "towards", "upon", "about", "per", "like");
    /** Words that take an infinitive or a "to" phrase: a phrase is not cut between them and "to". */
    private static final Set<String> TAKES_TO = Set.of("aim", "aims", "aimed", "seek", "seeks", "sought", "tend",
            "tends", "need", "needs", "needed", "fail", "fails", "failed", "want", "wants", "try", "tries", "tried",
            "attempt", "attempts", "attempted", "help", "helps", "learn", "learns", "lead", "leads", "led", "serve",
            "serves", "served", "continue", "continues", "begin", "begins", "began", "seem", "seems", "seemed",
            "appear", "appears", "appeared", "allow", "allows", "allowed", "enable", "enables", "enabled", "how",
            "order", "due", "according", "respect", "key", "crucial", "critical", "essential", "important",
            "central", "vital", "similar", "related", "close", "equal", "equivalent", "prior", "sensitive", "robust",
            "invariant", "difficult", "hard", "easy", "possible", "impossible", "necessary", "sufficient", "free",
            "subject", "relevant", "applicable", "comparable", "proportional", "analogous", "akin", "contrast",
            "addition", "compared", "relative", "up", "back", "going", "ability", "able", "unable", "likely",
            "unlikely", "used", "designed", "trained", "shown", "known", "expected", "required", "set", "chosen",
            "access", "contribute", "contributes", "contributed", "adapt", "adapts", "refer", "refers", "referred",
            "amounts", "opposed", "limited", "applied", "exposed", "committed", "devoted", "dedicated", "congruent",
            "isomorphic", "homotopic", "homeomorphic", "orthogonal", "tangent", "normal", "dual", "adjoint");
    /** Words that take a "that" clause: a phrase is not cut between them and "that". */
    private static final Set<String> TAKES_THAT = Set.of("show", "shows", "shown", "showed", "demonstrate",
            "demonstrates", "demonstrated", "indicate", "indicates", "indicated", "suggest", "suggests",
            "suggested", "find", "finds", "found", "prove", "proves", "proved", "proven", "argue", "argues",
            "argued", "note", "notes", "noted", "observe", "observes", "observed", "reveal", "reveals", "revealed",
            "ensure", "ensures", "ensured", "such", "so", "assume", "assumes", "assumed", "conclude", "concludes",
            "concluded", "hypothesize", "hypothesizes", "hypothesized", "believe", "believes", "believed", "know",
            "knows", "known", "mean", "means", "imply", "implies", "implied", "say", "says", "state", "states",
            "stated", "fact", "claim", "claims", "claimed", "verify", "verifies", "verified", "confirm", "confirms",
            "confirmed", "establish", "establishes", "established", "hold", "holds", "expect", "expects",
            "expected", "realize", "realizes", "realized", "recognize", "recognizes", "recognized", "conjecture",
            "conjectured", "predict", "predicts", "predicted", "report", "reports", "reported", "given", "idea",
            "hypothesis", "assumption", "observation", "evidence", "insight", "notion", "belief", "intuition",
            "premise", "guarantee", "guarantees", "except", "now", "than", "is", "are", "was", "were", "be");
    /** Words that end in "ly" but are not adverbs. */
    private static final Set<String> LY_NOT_ADVERBS = Set.of("family", "assembly", "anomaly", "supply", "apply",
            "reply", "rely", "poly", "monopoly", "italy", "july", "butterfly", "fly", "ally", "jelly", "belly",
            "multiply", "comply", "imply", "homily", "firefly", "lily", "rally");

    // ---- TeX that TexText.plain leaves in -----------------------------------------------------------------------

    private static final Map<String, String> TEX_SYMBOLS = texSymbols();
    /** A TeX command; a known symbol may run into the next word, as in {@code \LambdaCDM}. */
    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\(?:(?<symbol>"
            + String.join("|", TEX_SYMBOLS.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList())
            + ")(?![a-z])|(?<name>[A-Za-z]+))");

    /** A sentence without its final punctuation; {@code truncated} when the listing's cut fell inside it. */
    private record Sentence(String text, boolean truncated) {
    }

    private TitleDeriver() {
    }

    /** A title for {@code abstractText}; never empty, at most {@link #MAX_LENGTH} characters plus an ellipsis. */
    public static String titleOf(Abstract abstractText) {
        List<Sentence> sentences = usableSentences(readable(abstractText.plain()), abstractText.cut());
        if (sentences.isEmpty()) {
            return UNTITLED;
        }
        List<Sentence> opening = sentences.subList(0, Math.min(2, sentences.size()));
        for (Sentence sentence : opening) {
            String named = namedSystem(sentence);
            if (named != null) {
                return finish(named);
            }
        }
        for (Sentence sentence : opening) {
            Matcher we = WE_VERB.matcher(withoutConnective(sentence.text()));
            if (we.matches() && wordCount(we.group("object")) >= 3
                    && !PRONOUN_START.matcher(we.group("object")).find()) {
                return finish(clause(capitalize(we.group("object")), MAX_LENGTH, sentence.truncated()));
            }
        }
        Sentence first = sentences.stream().filter(s -> !HYPOTHESIS.matcher(s.text()).find()).findFirst()
                .orElse(sentences.get(0));
        return finish(statement(first));
    }

    /**
     * The sentences of the text. The last sentence of a cut text is left out, unless no other sentence says
     * anything; then it is kept without its last word, which the cut may have split.
     */
    private static List<Sentence> usableSentences(String plain, boolean cut) {
        String text = plain.strip();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int end = 0; end < text.length(); end++) {
            if (endsSentence(text, end) && !isAbbreviation(text, end)) {
                parts.add(text.substring(start, end));
                start = end + 1;
            }
        }
        parts.add(text.substring(start));
        List<Sentence> sentences = new ArrayList<>();
        for (String part : parts) {
            String s = withoutTrailing(END_MARKS, part.strip());
            if (!s.isEmpty()) {
                sentences.add(new Sentence(s, false));
            }
        }
        // COMPLETE_END matches the last two characters at most: only they are searched
        if (cut && !COMPLETE_END.matcher(text).region(Math.max(0, text.length() - 2), text.length()).find()
                && !sentences.isEmpty()) {
            String last = sentences.remove(sentences.size() - 1).text();
            int space = last.lastIndexOf(' ');
            if (sentences.stream().allMatch(s -> HYPOTHESIS.matcher(s.text()).find())) {
                // drop the word the cut may have split; a script written without spaces keeps it all
                if (space > 0) {
                    sentences.add(new Sentence(last.substring(0, space).strip(), true));
                } else if (writtenWithoutSpaces(last)) {
                    sentences.add(new Sentence(last, true));
                }
            }
        }
        return sentences;
    }

    /**
     * Whether the character at {@code at} ends a sentence: a full stop before white space and a capital or digit,
     * perhaps behind an opening quote or bracket, or an ideographic one before more text (Chinese and Japanese put
     * no space after it). What {@code [.!?](?=\s+["'\u201c(\[]?[A-Z0-9])|[\u3002\uFF01\uFF1F](?=\s*\S)} matches
     * there: searching every position of the text with it was a tenth of deriving titles.
     */
    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        boolean fullStop = c == '.' || c == '!' || c == '?';
        if (!fullStop && c != '\u3002' && c != '\uFF01' && c != '\uFF1F') {
            return false;
        }
        int next = at + 1;
        while (next < text.length() && isAsciiSpace(text.charAt(next))) {
            next++;
        }
        if (!fullStop) {
            return next < text.length();
        }
        if (next == at + 1) {
            return false;
        }
        if (next < text.length() && "\"'\u201c([".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        return next < text.length() && (text.charAt(next) >= 'A' && text.charAt(next) <= 'Z'
                || text.charAt(next) >= '0' && text.charAt(next) <= '9');
    }

    /** Chinese, Japanese, Thai and the like put no spaces between words, so no word can be told apart to drop. */
    private static boolean writtenWithoutSpaces(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR;
        });
    }

    private static boolean isAbbreviation(String text, int periodAt) {
        if (text.charAt(periodAt) != '.') {
            return false;
        }
        int from = text.lastIndexOf(' ', periodAt) + 1;
        // without the brackets that open it: "(e.g." is "e.g"
        while (from < periodAt && (text.charAt(from) == '(' || text.charAt(from) == '[')) {
            from++;
        }
        return ABBREVIATIONS.contains(text.substring(from, periodAt).toLowerCase(Locale.ROOT));
    }

    private static String namedSystem(Sentence sentence) {
        String s = sentence.text();
        // the expressions' verbs ignore ASCII case, so the lower-case text has them where s does
        String lower = s.toLowerCase(Locale.ROOT);
        if (hasWeVerb(lower)) {
            Matcher m = CALLED.matcher(s);
            if (m.find()) {
                return m.group("name") + ": " + capitalize(m.group("desc"));
            }
            m = DEFINED_ACRONYM.matcher(s);
            if (m.find()) {
                return m.group("name") + ": " + m.group("desc");
            }
            m = INTRODUCE_NAMED.matcher(s);
            if (m.find() && !NOT_NAMES.contains(m.group("name"))) {
                if (m.group("desc") != null) {
                    String prefix = m.group("name") + ": ";
                    return prefix
                            + capitalize(clause(m.group("desc"), MAX_LENGTH - prefix.length(), sentence.truncated()));
                }
                return "The " + m.group("name") + " " + m.group("rest");
            }
        }
        if (hasIntroducesA(lower)) {
            Matcher m = INTRODUCES_APPOSITIVE.matcher(s);
            if (m.find() && !NOT_NAMES.contains(m.group("name"))) {
                return m.group("name") + ": " + capitalize(m.group("desc"));
            }
        }
        return null;
    }

    private static boolean hasWeVerb(String lower) {
        for (int we = lower.indexOf("we "); we >= 0; we = lower.indexOf("we ", we + 1)) {
            if (startsWithAny(lower, we + 3, WE_VERBS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIntroducesA(String lower) {
        for (int a = lower.indexOf(" a"); a >= 0; a = lower.indexOf(" a", a + 1)) {
            for (String verb : INTRODUCES) {
                if (lower.startsWith(verb, a - verb.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The point of an opening sentence, without the framing around it. */
    private static String statement(Sentence sentence) {
        String s = withoutConnective(withoutAsides(LABEL.matcher(sentence.text()).replaceFirst("")));
        Matcher m = REPORTED.matcher(s);
        if (m.matches()) {
            s = capitalize(m.group("claim"));
        }
        m = DESPITE.matcher(s);
        if (m.matches()) {
            s = capitalize(m.group("subject")) + " " + m.group("rest");
        }
        m = PREMISE.matcher(s);
        if (m.matches()) {
            s = capitalize(m.group("claim"));
        }
        m = CENTRAL_NOUN.matcher(s);
        // in a truncated sentence, the part this rule moves to the front is the part the cut shortened
        if (m.matches() && !sentence.truncated()) {
            String prep = m.group("prep");
            boolean approach = APPROACH_NOUN.matcher(m.group("noun")).matches();
            if (approach && prep.equals("to") && GERUND_FIRST.matcher(m.group("topic")).matches()) {
                prep = "for";
            } else if (!approach && prep.equals("of")) {
                prep = "in";
            }
            String what = capitalize(m.group("what"));
            String whole = what + " " + prep + " " + m.group("topic");
            return whole.length() <= MAX_LENGTH ? whole : clause(what, MAX_LENGTH, false);
        }
        return clause(s, MAX_LENGTH, sentence.truncated());
    }

    /**
     * The main clause of {@code sentence}, at most {@code max} characters: {@code "Length generalization, defined
     * as ..., is a challenge"} becomes {@code "Length generalization is a challenge"}. A long or truncated one is cut
     * at its first clause break, else at a phrase boundary, else at a word boundary with an ellipsis.
     */
    private static String clause(String sentence, int max, boolean truncated) {
        String s = withoutAsides(sentence);
        if (s.length() > max) {
            s = withoutIntroduction(s);
        }
        s = withoutTrailing(TRAILING_PUNCTUATION, joinedAroundAppositive(s));
        if (s.length() <= max && !truncated) {
            return s;
        }
        if (s.contains(" tend to ")) {
            s = TEND_TO.matcher(s).replaceAll(" ");
        }
        if (s.contains("in order to")) {
            s = IN_ORDER_TO.matcher(s).replaceAll("to");
        }
        String head = firstClause(s);
        if (head != null && head.length() <= max) {
            return head;
        }
        if (head != null) {
            s = head;
            truncated = false;
        }
        // a truncated sentence ends where the cut fell, so it is cut back to a boundary even when it fits
        String phrase = cutAtPhrase(s, truncated ? Math.min(max, s.length() - 1) : max);
        return phrase != null ? phrase : cutAtWord(s, max, truncated);
    }

    private static String withoutConnective(String sentence) {
        return capitalize(CONNECTIVE.matcher(sentence).replaceFirst(""));
    }

    private static String withoutAsides(String sentence) {
        String s = sentence;
        if (s.indexOf('(') >= 0) {
            s = ACRONYM_ASIDE.matcher(s).replaceAll("");
            s = CITATION_ASIDE.matcher(s).replaceAll("");
            s = REMARK_ASIDE.matcher(s).replaceAll("");
        }
        if (s.contains("--") || s.indexOf('\u2014') >= 0 || s.indexOf('\u2013') >= 0) {
            s = DASHED_ASIDE.matcher(s).replaceAll("");
        }
        if (hasCommaAside(s)) {
            s = COMMA_ASIDE.matcher(s).replaceAll("");
        }
        return withoutSpaceRuns(s).replace(" ,", ",").replace(",,", ",").strip();
    }

    /** Whether a comma of {@code s} is followed by white space and a {@link #COMMA_ASIDE} opening. */
    private static boolean hasCommaAside(String s) {
        for (int comma = s.indexOf(','); comma >= 0; comma = s.indexOf(',', comma + 1)) {
            int next = comma + 1;
            while (next < s.length() && isAsciiSpace(s.charAt(next))) {
                next++;
            }
            if (next > comma + 1 && startsWithAny(s, next, COMMA_ASIDE_OPENINGS)) {
                return true;
            }
        }
        return false;
    }

    /** "In reinforcement learning, state representations are key" becomes "State representations are key". */
    private static String withoutIntroduction(String s) {
        int comma = s.indexOf(", ");
        if (comma < 0 || wordCount(s.substring(0, comma)) > 6 || !startsWithIntroductoryPhrase(s)) {
            return s;
        }
        String rest = s.substring(comma + 2);
        return PRONOUN_START.matcher(rest).find() || wordCount(rest) < 4 ? s : capitalize(rest);
    }

    /** "Length generalization, defined as ..., is a challenge" becomes "Length generalization is a challenge". */
    private static String joinedAroundAppositive(String s) {
        int comma = s.indexOf(", ");
        if (comma < 0) {
            return s;
        }
        String head = s.substring(0, comma);
        if (wordCount(head) >= 4 || startsWithIntroductoryPhrase(head)) {
            return s;
        }
        Matcher verb = LINKING_VERB.matcher(s);
        return verb.find(comma) ? head + " " + s.substring(verb.end()) : s;
    }

    /** The text before the first strong break (dash, colon, semicolon) or clause-ending comma, or null. */
    private static String firstClause(String s) {
        // most sentences have no dash, colon nor semicolon: STRONG_BREAK is not searched for in them
        boolean mayBreak = s.indexOf(';') >= 0 || s.indexOf(':') >= 0 || s.contains("--") || s.indexOf('\u2014') >= 0
                || s.indexOf('\u2013') >= 0;
        Matcher strong = STRONG_BREAK.matcher(s);
        while (mayBreak && strong.find()) {
            String head = s.substring(0, strong.start()).strip();
            if (wordCount(head) >= 4 && !startsWithIntroductoryPhrase(head)) {
                return head;
            }
        }
        Matcher comma = COMMA.matcher(s);
        while (comma.find()) {
            String head = s.substring(0, comma.start()).strip();
            if (wordCount(head) >= 4 && !startsWithIntroductoryPhrase(head) && startsClause(comma.group("next"))
                    && !isDangling(lastWord(head))) {
                return head;
            }
        }
        return null;
    }

    private static boolean startsClause(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return CLAUSE_STARTERS.contains(w) || (w.length() > 4 && w.endsWith("ing") && !NOT_GERUNDS.contains(w));
    }

    /** The longest head of {@code s}, at most {@code max} long, that ends before a phrase boundary, or null. */
    private static String cutAtPhrase(String s, int max) {
        String best = null;
        Matcher gap = PHRASE_GAP.matcher(s);
        while (gap.find() && gap.start() <= max) {
            String next = gap.group("next").toLowerCase(Locale.ROOT);
            boolean comma = gap.group().startsWith(",");
            boolean asWellAs = s.startsWith("as well as ", gap.end() - next.length());
            if (!comma && !asWellAs && !BOUNDARY_WORDS.contains(next) && !isAdverb(next)) {
                continue;
            }
            String head = withoutTrailing(TRAILING_SEPARATORS, s.substring(0, gap.start()));
            String last = lastWord(head).toLowerCase(Locale.ROOT);
            if (head.length() < Math.min(MIN_PHRASE_CUT, max / 2) || wordCount(head) < 4 || isDangling(last)
                    || (next.equals("to") && TAKES_TO.contains(last))
                    || (next.equals("that") && TAKES_THAT.contains(last))) {
                continue;
            }
            best = head;
        }
        return best;
    }

    /**
     * The words that fit in {@code max - 1} characters, ending on a word that can end a title, and an ellipsis.
     * The words of a short, truncated text all fit, and still get the ellipsis.
     */
    private static String cutAtWord(String s, int max, boolean truncated) {
        String[] words = s.split(" ");
        int keep = 0;
        int length = -1;
        while (keep < words.length && length + 1 + words[keep].length() <= max - 1) {
            length += 1 + words[keep].length();
            keep++;
        }
        if (keep == 0) {
            return s.substring(0, max - 1) + ELLIPSIS;
        }
        if (keep == words.length && !truncated) {
            return s;
        }
        // end before a function word when one is near, so that the cut falls between phrases
        for (int k = Math.min(keep, words.length - 1); k >= Math.max(4, keep - 4); k--) {
            if (BACK_OFF_WORDS.contains(words[k].toLowerCase(Locale.ROOT)) && !isDangling(words[k - 1])) {
                keep = k;
                break;
            }
        }
        while (keep > 1 && isDangling(words[keep - 1])) {
            keep--;
        }
        return withoutTrailing(TRAILING_MARKS, String.join(" ", List.of(words).subList(0, keep))) + ELLIPSIS;
    }

    private static boolean isDangling(String word) {
        String w = wordCore(word.toLowerCase(Locale.ROOT));
        return DANGLING.contains(w) || isAdverb(w);
    }

    /**
     * {@code word} from its first letter or digit to its last letter, digit or full stop, less a final full stop:
     * what removing {@code ^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$}, then {@code \.$}, leaves, without two regex passes
     * for each word (the second {@code $} cannot match before a line end: the first pass removed it).
     */
    private static String wordCore(String word) {
        int start = 0;
        while (start < word.length() && !isLetterOrNumber(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        int end = word.length();
        while (end > start && !isLetterOrNumber(word.codePointBefore(end)) && word.charAt(end - 1) != '.') {
            end -= Character.charCount(word.codePointBefore(end));
        }
        if (end > start && word.charAt(end - 1) == '.') {
            end--;
        }
        return word.substring(start, end);
    }

    /** Whether {@code codePoint} is in {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isAdverb(String lowerCaseWord) {
        return lowerCaseWord.length() > 4 && lowerCaseWord.endsWith("ly") && !LY_NOT_ADVERBS.contains(lowerCaseWord);
    }

    private static boolean startsWithIntroductoryPhrase(String head) {
        int space = head.indexOf(' ');
        String first = (space < 0 ? head : head.substring(0, space)).toLowerCase(Locale.ROOT);
        // its letters a to z only: "In" of "(In" and "In-context"'s "incontext"
        StringBuilder letters = new StringBuilder(first.length());
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return INTRODUCTORY.contains(letters.toString());
    }

    private static String finish(String title) {
        String t = withoutSpaceRuns(balanced(title.strip()));
        if (!t.endsWith(ELLIPSIS)) {
            t = withoutTrailing(TRAILING_PUNCTUATION, t);
        }
        t = capitalize(t);
        if (t.length() > MAX_LENGTH + ELLIPSIS.length()
                || (t.length() > MAX_LENGTH && !t.endsWith(ELLIPSIS))) {
            t = cutAtWord(t, MAX_LENGTH, false);
        }
        boolean saysNothing = List.of(t.replace(ELLIPSIS, "").split(" ")).stream().allMatch(TitleDeriver::isDangling);
        return saysNothing ? UNTITLED : t;
    }

    /** Cuts before a bracket that the title leaves open, and drops a closing one that it never opened. */
    private static String balanced(String s) {
        if (s.indexOf('(') < 0 && s.indexOf(')') < 0 && s.indexOf('[') < 0 && s.indexOf(']') < 0) {
            return s.strip(); // what the loop below gives when there is no bracket, as in most titles
        }
        StringBuilder out = new StringBuilder(s.length());
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                open.add(out.length());
            } else if ((c == ')' || c == ']') && open.isEmpty()) {
                continue;
            } else if (c == ')' || c == ']') {
                open.remove(open.size() - 1);
            }
            out.append(c);
        }
        return (open.isEmpty() ? out.toString() : out.substring(0, open.get(0))).strip();
    }

    /** Plain text with the TeX commands that {@link TexText#plain} leaves in turned into what they print. */
    private static String readable(String plain) {
        if (plain.indexOf('\\') < 0) {
            return plain;
        }
        StringBuilder out = new StringBuilder();
        Matcher command = TEX_COMMAND.matcher(plain);
        while (command.find()) {
            String symbol = command.group("symbol");
            command.appendReplacement(out,
                    Matcher.quoteReplacement(symbol != null ? TEX_SYMBOLS.get(symbol) : command.group("name")));
        }
        command.appendTail(out);
        return BRACES.matcher(out).replaceAll("");
    }

    private static Map<String, String> texSymbols() {
        String[] greek = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi",
            "psi", "omega"};
        Map<String, String> symbols = new HashMap<>();
        for (int i = 0; i < greek.length; i++) {
            String lower = String.valueOf((char) ('\u03B1' + i));
            symbols.put(greek[i], lower);
            symbols.put(capitalize(greek[i]), lower.toUpperCase(Locale.ROOT));
        }
        symbols.putAll(Map.of("varepsilon", "\u03B5", "vartheta", "\u03D1", "varphi", "\u03C6", "ell", "\u2113",
                "infty", "\u221E", "times", "\u00D7", "cdot", "\u00B7", "sim", "~", "approx", "\u2248", "pm", "\u00B1"));
        symbols.putAll(Map.of("leq", "\u2264", "geq", "\u2265", "le", "\u2264", "ge", "\u2265", "to", "\u2192"));
        return Map.copyOf(symbols);
    }

    private static String named(String group) {
        return "(?<" + group + ">(?:[A-Z][\\w.+-]*[A-Z0-9][\\w.+-]*|[A-Z][a-z]+)(?: \\d+(?:\\.\\d+)?)?)";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static boolean startsWithAny(String s, int at, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is white space as {@code \s} means it: ASCII only. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String lastWord(String s) {
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }

    private static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The words of {@code s}, as splitting it, stripped, at runs of {@code \s} would give them. */
    private static int wordCount(String s) {
        String t = s.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = isAsciiSpace(t.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * {@code s} without what {@code trailing}, an expression for a run of punctuation or space at the end, removes.
     * It can remove nothing from a text that ends in a letter or digit, as most do, so it is not run on one.
     */
    private static String withoutTrailing(Pattern trailing, String s) {
        boolean endsInWord = !s.isEmpty() && Character.isLetterOrDigit(s.charAt(s.length() - 1));
        return endsInWord ? s : trailing.matcher(s).replaceAll("");
    }

    /** {@code s} with each run of {@link #SPACE_RUN} made one space; most texts have none, and are not searched. */
    private static String withoutSpaceRuns(String s) {
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isAsciiSpace(s.charAt(i));
            if (space && afterSpace) {
                return SPACE_RUN.matcher(s).replaceAll(" ");
            }
            afterSpace = space;
        }
        return s;
    }
}

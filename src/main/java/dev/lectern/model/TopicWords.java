package dev.lectern.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that say nothing about what a paper is about, in any field: the function words of English, the verbs and
 * adverbs of academic prose ("we propose", "significantly"), and nouns that need another word to name a topic
 * ("model", "data", "performance"). Held as analyzed terms so that every inflection is covered.
 */
final class TopicWords {

    /** Words a topic's phrase never contains: a key phrase ends where one of them stands. */
    private static final String BREAKING = """
            about above according across actually additionally after afterwards again against ago all almost alone
            along already also although always am among amongst an and another any anyone anything anyway anywhere
            are around as aside at be became because become becomes becoming been before beforehand behind being
            below beside besides between beyond both briefly but by can cannot could did do does doing done down
            due during each either else elsewhere enough especially etc even ever every everything except far few
            fewer for former formerly from further furthermore had has have having he hence her here hereby herein
            hers herself him himself his how however i ie eg if in indeed instead into is it its itself just
            largely lastly later latter least less let like likewise mainly may me meanwhile merely might more
            moreover most mostly much must my namely neither never nevertheless next no nobody none nor not nothing
            now nowhere of off often on once only onto or other others otherwise our ours ourselves out over
            overall own per perhaps primarily quite rather really regarding respectively same seem seemed seems
            shall she should since so some somehow something sometimes somewhat soon still such than that the their
            theirs them themselves then there thereby therefore therein these they this those though through
            throughout thus to together too toward towards under unless unlike until up upon us usually very via
            was we were what whatever when whenever where whereas whereby wherein whether which while who whoever
            whole whom whose why will with within without would yet you your yours
            able achieve achieved achieves achieving address addressed addresses addressing aim aimed aiming aims
            allow allowed allowing allows analyse analysed analyze analyzed analyzes applied apply applying
            approach approaches argue argued assess assessed attempt attempts believe believed bring brings called
            can't cannot carry carried challenge challenges claim claims clearly compared comparing conclude
            concluded conduct conducted confirm confirmed consider considered considering consistently contribute
            contribution contributions crucial crucially currently demonstrate demonstrated demonstrates
            demonstrating describe described describes despite determine determined difficult discuss discussed
            dubbed easily effectively efficiently employ employed employing employs enable enabled enables
            enabling ensure ensures especially essential essentially establish established evaluate evaluated
            evaluates evaluating examine examined examines exhibit exhibits existing experiment experiments explain
            explained extensive extensively facilitate fail fails finally find finding findings finds focus focused
            focuses focusing follow following follows found furthermore get gets give gives given goal
            goals greatly help helps highlight highlights hinder hinders hold holds hope however hypothesize idea
            ideas identify identified identifies illustrate important importantly improve improved improvement
            improvements improves improving include included includes including increasingly indicate indicates
            inspired insight insights instance introduce introduced introduces introducing investigate
            investigated investigates investigating involve involves issue issues keep kept known lack leverage
            leverages leveraging limitation limitations literature make makes making manner many method methods
            mitigate motivated need needed needs note noted notably novel numerous observe observed observes obtain
            obtained obtains offer offers outperform outperforms paper papers particular particularly perform
            performed performs pose poses possible potentially present presented presents previous previously
            prior problematic promising propose proposed proposes proposing prove proved proven provide provided
            provides providing publicly readily recent recently reduce reduces reducing rely relies relying remain
            remains remarkable remarkably report reported reports require required requires requiring reveal
            reach reaches reveals revisit seek seeks serve serves several show showed showing shown shows significant
            significantly similar similarly simple simply slightly so-called specifically strongly
            struggle struggles studied studies study studying substantial substantially successfully suggest
            suggests suitable support supports surprising surprisingly take takes taking technique techniques tend
            tends thereby try typically undergo understand understood unique use used uses using utilize utilizes
            utilizing various vast whereas widely yield yields
            """;

    /** Words that name no topic alone and cannot make one with each other ("large model", "training data"). */
    private static final String GENERIC = """
            ability accuracy action actions advance advances algorithm algorithms amount analysis application
            applications area areas art aspect aspects available base based behavior behaviour benchmark benchmarks
            best better big capability capabilities case cases change changes class classes common component
            components condition conditions context cost costs critical current data dataset datasets deep degree
            design designs detail detailed different difficulty domain domains dynamic early effect effective
            effects efficiency efficient eight element elements error errors evaluation evaluations evidence
            example examples factor factors feature features field fields first five form forms four framework
            frameworks full function functions future general good great group groups high higher highest human
            humans impact information input inputs interest key knowledge large larger largest late level levels
            low lower lowest main major mechanism mechanisms model models modeling modelling multiple new number
            numbers objective order output outputs overview part parameter parameters part parts performance
            patient patients phase phases point points potential power practice predict predicted prediction predictions problem problems process processes property
            properties quality question questions range rate rates reason recent related result results role sample samples
            scale scales second set sets setting settings seven short significant single six size sizes small
            smaller solution solutions source specific stage stages standard state step steps strategy strategies strong
            structure structures system systems task tasks technique term terms ten test third three time times
            tool tools total train trained training two type types understanding value values variety version way
            ways work world year years well mean self family families hundred thousand million billion trillion
            dozen host measurement measurements progress research weight weights bigger cheaper deeper easier
            faster greater harder longer shorter simpler slower stronger weaker wider theory theories proof proofs bound bounds construction
            constructions convergence estimate estimates equation equations theorem theorems conjecture
            conjectures lemma argument arguments
            """;

    /** Words that qualify another and cannot begin a topic's phrase ("larger teacher", "popular methods"). */
    private static final String LEADING = """
            bigger best better central common commonly further general greater higher highest larger largest
            longer lower lowest many more most new newer novel other overall popular prevalent recent same shorter
            simple slower smaller smallest standard stronger typical weaker faster
            """;

    /** Words that qualify the word before them and cannot end a topic's phrase ("model-free", "data-driven"). */
    private static final String DANGLING = """
            aware based driven free independent level like oriented related scale specific time wise
            """;

    /** Nouns that follow a name to make the name of a concept ("Hubbard model", "Riemann hypothesis"). */
    private static final String NAMED_HEADS = """
            algebra algebras algorithm conjecture constant distribution effect equation equations formula group
            hypothesis inequality lattice law limit manifold method model number operator principle problem
            process space spaces test theorem theory transform
            """;

    private final Set<String> breaking;
    private final Set<String> generic;
    private final Set<String> dangling;
    private final Set<String> leading;
    private final Set<String> namedHeads;

    TopicWords(TermAnalyzer analyzer) {
        this.breaking = analyzedSet(analyzer, BREAKING);
        this.generic = analyzedSet(analyzer, GENERIC);
        this.dangling = analyzedSet(analyzer, DANGLING);
        this.leading = analyzedSet(analyzer, LEADING);
        this.namedHeads = analyzedSet(analyzer, NAMED_HEADS);
    }

    private static Set<String> analyzedSet(TermAnalyzer analyzer, String words) {
        Set<String> set = new HashSet<>();
        for (String word : words.strip().split("\\s+")) {
            set.addAll(analyzer.terms(word));
        }
        return set;
    }

    /** Whether a topic's phrase ends where {@code term} stands. */
    boolean breaks(String term) {
        return breaking.contains(term) || isNumber(term) || term.length() < 2 && !Character.isLetter(term.charAt(0));
    }

    /** Whether {@code term} needs another word to name a topic. */
    boolean isGeneric(String term) {
        return generic.contains(term) || term.length() < 3;
    }

    /** Whether a phrase cannot end in {@code term}. */
    boolean dangles(String term) {
        return dangling.contains(term);
    }

    /** Whether {@code term} after a name makes the name of a concept, as in "Hubbard model". */
    boolean isNamedHead(String term) {
        return namedHeads.contains(term);
    }

    /** Whether a phrase cannot begin with {@code term}. */
    boolean qualifies(String term) {
        return leading.contains(term);
    }

    /**
     * Whether a word, as written, looks like a noun rather than an adjective, adverb or verb form: a single word names
     * a topic only when it does ("distillation", "graphene", "agents"; not "accurate", "highly", "aligning").
     */
    static boolean looksLikeNoun(String written) {
        String w = written.toLowerCase(java.util.Locale.ROOT);
        return !w.endsWith("ing") && looksLikeNounOrGerund(w);
    }

    /** {@link #looksLikeNoun(String)}, counting "-ing" forms as nouns ("fine-tuning", "neutron scattering"). */
    static boolean looksLikeNounOrGerund(String written) {
        String w = written.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ics") || w.endsWith("ss") || w.endsWith("ing")) {
            return true;
        }
        for (String suffix : NOT_NOUN_ENDINGS) {
            if (w.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    private static final String[] NOT_NOUN_ENDINGS = {"ly", "ed", "ing", "ive", "ous", "able", "ible", "ful",
        "less", "al", "ic", "ent", "ant", "ar", "ate", "ise", "ize", "ish", "ary", "est"};

    private static boolean isNumber(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}

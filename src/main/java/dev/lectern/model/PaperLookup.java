package dev.lectern.model;

import dev.lectern.Lazy;
import java.util.List;
import java.util.Optional;

/**
 * Finds papers of a built site by reference, the way digests name them: an arXiv id (from the papers' notes), a
 * slug, or the first words of an abstract. A reference that matches no paper, or several, comes back with the
 * problem and the closest candidates.
 */
public final class PaperLookup {

    private final List<Paper> papers;
    /** Made on the first lookup: a site without digests never looks a paper up (at 100,000 papers, 0.9 s). */
    private final Lazy<PaperFinder> finder;

    private PaperLookup(List<Paper> papers) {
        this.papers = List.copyOf(papers);
        this.finder = Lazy.of(() -> new PaperFinder(
                this.papers.stream().map(p -> PaperIdentity.key(p.abstractText().plain())).toList(),
                this.papers.stream().map(Paper::slug).toList(),
                this.papers.stream().map(Paper::title).toList(),
                this.papers.stream().map(p -> p.info().arxivId()).toList()));
    }

    /** A lookup over {@code papers}. */
    public static PaperLookup of(List<Paper> papers) {
        return new PaperLookup(papers);
    }

    /** The paper {@code ref} names, or why none is. */
    public Resolution resolve(String ref) {
        PaperFinder.Result result = finder.get().resolve(ref);
        return result.index() >= 0 ? new Resolution(papers.get(result.index()), null, null)
                : new Resolution(null, result.problem(), result.hint());
    }

    /** The arXiv id {@code text} names ({@code arXiv:2306.13649v2} names {@code 2306.13649}), if it names one. */
    public static Optional<String> arxivId(String text) {
        return PaperFinder.arxivId(text);
    }

    /**
     * What a reference resolved to.
     *
     * @param paper   the paper, or null when none was found
     * @param problem why none was found, or null
     * @param hint    what to write instead, with the closest candidates, or null
     */
    public record Resolution(Paper paper, String problem, String hint) {
        public boolean found() {
            return paper != null;
        }
    }
}

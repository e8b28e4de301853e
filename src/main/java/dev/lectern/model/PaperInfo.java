package dev.lectern.model;

import java.util.List;
import java.util.Map;

/**
 * What the site owner wrote about a paper in {@code content/papers/}.
 *
 * @param arxivId   its arXiv id, or null
 * @param authors   its authors, in order
 * @param year      the year it appeared, or null
 * @param venue     where it appeared, or null
 * @param links     labelled links, in the order written
 * @param notes     Markdown notes, may be empty
 * @param notesFile the file the notes came from (for messages), or null
 */
public record PaperInfo(String arxivId, List<String> authors, Integer year, String venue,
                        Map<String, String> links, String notes, String notesFile) {

    public static final PaperInfo NONE = new PaperInfo(null, List.of(), null, null, Map.of(), "", null);

    public PaperInfo {
        authors = List.copyOf(authors);
    }

    /** The arXiv abstract page, when the id is known. */
    public String arxivUrl() {
        return arxivId == null ? null : "https://arxiv.org/abs/" + arxivId;
    }
}

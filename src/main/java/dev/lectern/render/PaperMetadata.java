package dev.lectern.render;

import dev.lectern.model.SafeUrl;
import dev.lectern.model.Paper;
import dev.lectern.model.PaperInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a paper page tells machines about the paper: Google Scholar's {@code citation_*} tags (only what is known:
 * a derived title is not the paper's title, so such a page has none) and schema.org {@code ScholarlyArticle} JSON-LD.
 */
final class PaperMetadata {

    private PaperMetadata() {
    }

    /** Google Scholar's tags; empty when the paper's real title is not known. */
    static List<MetaTag> citationTags(Paper paper) {
        if (paper.titleDerived()) {
            return List.of();
        }
        PaperInfo info = paper.info();
        List<MetaTag> tags = new ArrayList<>();
        tags.add(MetaTag.name("citation_title", paper.title()));
        info.authors().forEach(a -> tags.add(MetaTag.name("citation_author", a)));
        if (info.year() != null) {
            tags.add(MetaTag.name("citation_publication_date", String.valueOf(info.year())));
        }
        if (info.venue() != null && !info.venue().isBlank()) {
            tags.add(MetaTag.name("citation_conference_title", info.venue().strip()));
        }
        if (info.arxivId() != null) {
            tags.add(MetaTag.name("citation_arxiv_id", info.arxivId()));
        }
        String pdf = pdfUrl(info);
        if (pdf != null) {
            tags.add(MetaTag.name("citation_pdf_url", pdf));
        }
        if (!paper.abstractText().cut()) {
            // a listing's cut abstract is not the paper's abstract
            tags.add(MetaTag.name("citation_abstract", paper.abstractText().plain()));
        }
        return List.copyOf(tags);
    }

    /**
     * The schema.org description of the paper as JSON that is safe inside a {@code <script>} element.
     *
     * @param url    the page's published URL, or empty
     * @param topics the names of its topics
     */
    static String jsonLd(Paper paper, String url, List<String> topics) {
        PaperInfo info = paper.info();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "ScholarlyArticle");
        json.put(paper.titleDerived() ? "alternativeHeadline" : "headline", paper.title());
        json.put("name", paper.title());
        json.put("abstract", paper.abstractText().plain() + (paper.abstractText().cut() ? "\u2026" : ""));
        if (!info.authors().isEmpty()) {
            json.put("author", info.authors().stream().map(a -> ordered("@type", "Person", "name", a)).toList());
        }
        if (info.year() != null) {
            json.put("datePublished", String.valueOf(info.year()));
        }
        if (!topics.isEmpty()) {
            json.put("keywords", String.join(", ", topics));
        }
        if (info.venue() != null && !info.venue().isBlank()) {
            json.put("isPartOf", ordered("@type", "PublicationEvent", "name", info.venue().strip()));
        }
        if (url != null && !url.isEmpty()) {
            json.put("url", url);
            json.put("mainEntityOfPage", url);
        }
        List<String> sameAs = new ArrayList<>();
        if (info.arxivUrl() != null) {
            sameAs.add(info.arxivUrl());
            json.put("identifier", ordered("@type", "PropertyValue", "propertyID", "arXiv", "value", info.arxivId()));
        }
        String pdf = pdfUrl(info);
        if (pdf != null && !sameAs.contains(pdf)) {
            json.put("encoding", ordered("@type", "MediaObject", "encodingFormat", "application/pdf",
                    "contentUrl", pdf));
        }
        if (!sameAs.isEmpty()) {
            json.put("sameAs", sameAs);
        }
        return SafeJson.write(json);
    }

    /** A JSON object whose keys keep the order given: output must not depend on hash order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The PDF link of the notes (a link labelled "PDF"), else arXiv's PDF when the id is known. */
    static String pdfUrl(PaperInfo info) {
        for (Map.Entry<String, String> link : info.links().entrySet()) {
            if (link.getKey().strip().toLowerCase(Locale.ROOT).equals("pdf") && SafeUrl.isSafe(link.getValue())
                    && link.getValue().matches("(?i)https?://.*")) {
                return link.getValue().strip();
            }
        }
        return info.arxivId() == null ? null : "https://arxiv.org/pdf/" + info.arxivId();
    }
}

package dev.lectern.check;

import java.util.List;

/**
 * What one file of the site refers to, and the ids it has for others to link to.
 *
 * @param refs the references, in document order
 * @param ids  the element ids (and legacy {@code <a name>} anchors) of an HTML page, in document order, an id
 *             written twice twice; empty for other files
 */
record PageRefs(List<Ref> refs, List<String> ids) {

    PageRefs {
        refs = List.copyOf(refs);
        ids = List.copyOf(ids);
    }

    /**
     * One reference: a link, a stylesheet, a script, an image, a form's target.
     *
     * @param url        the URL as written
     * @param line       the 1-based line where it is written
     * @param navigation whether a reader follows it to another page (links, forms), as opposed to a resource the
     *                   page loads (stylesheets, scripts, images)
     */
    record Ref(String url, int line, boolean navigation) {
    }
}

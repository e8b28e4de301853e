package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Links between pages as relative URLs that name index.html. */
class RelativeUrlTest {

    @Test
    void fromTheHomePageALinkIsThePathItself() {
        assertEquals("topics/y/index.html", RelativeUrl.from("index.html").to("topics/y/index.html"));
        assertEquals("", RelativeUrl.from("index.html").toRoot());
    }

    @Test
    void fromAPaperPageALinkClimbsToTheRootFirst() {
        RelativeUrl fromPaper = RelativeUrl.from("papers/x/index.html");
        assertEquals("../../topics/y/index.html", fromPaper.to("topics/y/index.html"));
        assertEquals("../../index.html", fromPaper.to("index.html"));
        assertEquals("../../assets/lectern.css", fromPaper.to("assets/lectern.css"));
        assertEquals("../../", fromPaper.toRoot());
    }

    @Test
    void fragmentsAreKept() {
        assertEquals("../../listings/rl/index.html#paper-bbf",
                RelativeUrl.from("papers/x/index.html").to("listings/rl/index.html#paper-bbf"));
        assertEquals("#notes", RelativeUrl.from("papers/x/index.html").to("#notes"));
    }

    @Test
    void withinTheSameFolderOnlyTheFileNameIsNeeded() {
        RelativeUrl fromPaper = RelativeUrl.from("papers/x/index.html");
        assertEquals("index.html#notes", fromPaper.to("papers/x/index.html#notes"));
        assertEquals("figure.png", fromPaper.to("papers/x/figure.png"));
    }

    @Test
    void aSiblingFolderIsReachedThroughTheRoot() {
        assertEquals("../../papers/y/index.html", RelativeUrl.from("papers/x/index.html").to("papers/y/index.html"));
        assertEquals("../index.html", RelativeUrl.from("topics/index.html").to("index.html"));
    }
}

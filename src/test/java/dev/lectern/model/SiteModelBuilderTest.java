package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.config.StrictYaml;
import dev.lectern.load.ContentDoc;
import dev.lectern.load.ContentParser;
import dev.lectern.load.ListingParser;
import dev.lectern.load.ListingSource;
import dev.lectern.load.PaperFront;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building the site model from listings and notes held in memory. */
class SiteModelBuilderTest {

    private static final String KD = "Knowledge distillation (KD) is widely used for compressing a teacher model to "
            + "reduce its inference cost and memory footprint, by training a smaller student model. However, current "
            + "KD methods for aut...";
    private static final String SD = "Speculative decoding (SD) accelerates large language model inference by "
            + "employing a faster draft model for generating multiple tokens, which are then verified in paral...";
    private static final String CLOCKS = "Circadian clocks coordinate physiology with the daily light-dark cycle in "
            + "nearly all organisms. Here we show that the transcription factor BMAL1 controls the timing of insu...";

    private static final List<TopicDefinition> TAXONOMY = List.of(new TopicDefinition("Knowledge distillation",
            "distillation", "", List.of("knowledge distillation"), List.of("KD"), List.of()));

    private final Diagnostics diagnostics = new Diagnostics();

    private ListingInput listing(String slug, String... lines) {
        String text = lines.length + " papers on arXiv\n" + String.join("\n", lines) + "\n";
        ListingSource source = new ListingParser().parse(Path.of("seeds/" + slug + ".txt"),
                text.getBytes(StandardCharsets.UTF_8), diagnostics).orElseThrow();
        return new ListingInput(slug, slug, slug, "", source);
    }

    private ContentDoc<PaperFront> notes(String name, String text) {
        return new ContentParser(new StrictYaml()).parse(Path.of("content/papers/" + name + ".md"), text,
                PaperFront.class, PaperFront.EMPTY, diagnostics).orElseThrow();
    }

    private Site build(List<ContentDoc<PaperFront>> notes) {
        SiteSources sources = new SiteSources(new SiteInfo("Reading group", "", "", "en"),
                List.of(listing("distillation", KD, SD), listing("biology", CLOCKS, KD)), TAXONOMY,
                ModelOptions.DEFAULTS, notes, List.of(), List.of());
        return SiteModelBuilder.build(sources, diagnostics);
    }

    private static Paper paperStartingWith(Site site, String abstractStart) {
        return site.papers().stream().filter(p -> p.abstractText().tex().startsWith(abstractStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper starts with " + abstractStart));
    }

    @Test
    void paperSharedByTwoListingsIsOnePaperWithBothOccurrences() {
        Site site = build(List.of());
        assertEquals(3, site.papers().size());
        Paper kd = paperStartingWith(site, "Knowledge distillation");
        assertEquals(List.of("distillation", "biology"), kd.listingSlugs());
        assertEquals(List.of("seeds/distillation.txt:2", "seeds/biology.txt:3"),
                kd.occurrences().stream().map(o -> o.file() + ":" + o.line()).toList());
        assertTrue(site.listing("distillation").paperSlugs().contains(kd.slug()));
        assertTrue(site.listing("biology").paperSlugs().contains(kd.slug()));
        assertTrue(kd.titleDerived());
        assertEquals("Knowledge distillation is widely used for compressing a teacher model", kd.title());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted()::toString);
    }

    @Test
    void notesOverrideTheDerivedTitle() {
        Site site = build(List.of(notes("gkd", """
                ---
                match: "Knowledge distillation (KD) is widely used for compressing"
                title: "On-Policy Distillation of Language Models"
                arxiv: "2306.13649"
                ---
                The student learns from its own samples.
                """)));
        Paper kd = paperStartingWith(site, "Knowledge distillation");
        assertEquals("On-Policy Distillation of Language Models", kd.title());
        assertFalse(kd.titleDerived());
        assertEquals("on-policy-distillation-of-language-models", kd.slug());
        assertEquals("https://arxiv.org/abs/2306.13649", kd.info().arxivUrl());
        assertEquals("The student learns from its own samples.", kd.info().notes());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted()::toString);
    }

    @Test
    void notesThatMatchNoPaperAreAnError() {
        build(List.of(notes("ghost", """
                ---
                match: "Quantum error correction is essential for building large-scale quantum computers"
                ---
                """)));
        Diagnostic error = diagnostics.sorted().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(Path.of("content/papers/ghost.md"), error.location().file());
        assertTrue(error.message().contains("match no paper"), error.message());
    }

    @Test
    void everyPaperGetsAtLeastOneTopic() {
        Site site = build(List.of());
        for (Paper paper : site.papers()) {
            assertFalse(paper.topics().isEmpty(), paper.slug() + " has no topic");
            for (Paper.TopicAssignment topic : paper.topics()) {
                assertTrue(site.findTopic(topic.topicSlug()).isPresent(), "topic page exists: " + topic);
            }
        }
        assertEquals("distillation", paperStartingWith(site, "Knowledge").topics().get(0).topicSlug());
    }

    @Test
    void theSameSourcesGiveTheSameSite() {
        Site first = build(List.of());
        Site second = build(List.of());
        assertEquals(first.papers(), second.papers());
        assertEquals(first.topics(), second.topics());
        assertEquals(first.listings(), second.listings());
    }
}

package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.Diagnostic;
import dev.lectern.Diagnostics;
import dev.lectern.load.ContentDoc;
import dev.lectern.load.ListingParser;
import dev.lectern.load.ListingSource;
import dev.lectern.load.PaperFront;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Listing lines and notes that could confuse the model: repeats, overlaps, huge series, scripts and odd names. */
class ModelHazardsTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String DORMANT = "We identify the dormant neuron phenomenon in deep reinforcement learning, "
            + "where an agent's network suffers from an increasing number of inactive neurons, thereby affecting "
            + "network expressivity. We demonstrate the presence of this phenomenon across a variety of algorithms";
    private static final String DISTILL = "Knowledge distillation (KD) is widely used for compressing a teacher "
            + "model to reduce its inference cost and memory footprint, by training a smaller student model";

    private final Diagnostics diagnostics = new Diagnostics();

    private static ListingInput listing(String name, String... lines) {
        String text = lines.length + " papers on arXiv\n" + String.join("\n", lines) + "\n";
        ListingSource source = new ListingParser().parse(Path.of("seeds", name + ".txt"), text, new Diagnostics());
        return new ListingInput(name, name, name, "", source);
    }

    private Site build(List<ListingInput> listings, List<ContentDoc<PaperFront>> notes) {
        SiteSources sources = new SiteSources(new SiteInfo("T", "", "", "en"), listings,
                List.of(new TopicDefinition("Reinforcement learning", "rl", "", List.of("reinforcement learning"),
                        List.of("RL"), List.of())),
                ModelOptions.DEFAULTS, notes, List.of(), List.of());
        return SiteModelBuilder.build(sources, diagnostics);
    }

    private Site build(ListingInput... listings) {
        return build(List.of(listings), List.of());
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aDuplicatedLineIsOnePaperListedOnceWithAWarning() {
        Site site = build(listing("a", DORMANT + "...", DISTILL + "...", DORMANT + "..."));
        assertEquals(2, site.papers().size());
        assertEquals(2, site.listing("a").paperSlugs().size());
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("seeds/a.txt:4: warning: the same paper as line 2")),
                messages().toString());
    }

    @Test
    void theSamePaperCutAtDifferentPointsInTwoListingsIsOnePaperInBoth() {
        Site site = build(listing("a", DORMANT.substring(0, 120) + "..."), listing("b", DORMANT + "..."));
        assertEquals(1, site.papers().size());
        Paper paper = site.papers().get(0);
        assertEquals(List.of("a", "b"), paper.listingSlugs());
        assertEquals(DORMANT, paper.abstractText().tex(), "the longest cut is the paper's abstract");
        assertEquals(2, paper.occurrences().size(), "each listing line stays on the paper page");
    }

    @Test
    void thousandsOfLinesSharingALongPrefixBuildWithoutQuadraticBlowUp() {
        String prefix = "This benchmark series shares one opening for every task it describes, and scrapers copy "
                + "it in full for each of them. ";
        String shared = prefix.repeat(8);
        String[] lines = new String[4_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = shared + "Task " + i + " asks for skill " + Integer.toString(i * 7919, 36) + "...";
        }
        Site site = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> build(listing("series", lines)));
        assertEquals(4_000, site.papers().size(), "a shared prefix that diverges is not the same paper");
        assertEquals(4_000, site.papers().stream().map(Paper::slug).distinct().count());
    }

    @Test
    void groupingFiftyThousandKeysWithALongCommonPrefixIsFast() {
        String prefix = "a shared opening ".repeat(60);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            keys.add(prefix + (i % 2 == 0 ? "variant " + i : "variant " + (i - 1) + " continued further"));
        }
        List<int[]> groups = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PaperIdentity.group(keys));
        assertEquals(25_000, groups.size(), "each variant and its longer cut are one paper");
    }

    @Test
    void cjkAndRightToLeftPapersGetStableNonEmptySlugsAndReadableTitles() {
        String cjk = "我们提出了一种新的强化学习方法，用于在稀疏奖励环境中进行高效探索。实验表明该方法优于基线";
        String arabic = "نقدم في هذه الورقة نموذجا لغويا كبيرا للترجمة الآلية بين اللغات العربية والإنجليزية";
        Site site = build(listing("a", cjk + "...", arabic + "..."));
        assertEquals(2, site.papers().size());
        for (Paper paper : site.papers()) {
            assertTrue(SLUG.matcher(paper.slug()).matches(), paper.slug());
            assertTrue(paper.slug().startsWith("paper-"), paper.slug());
        }
        Paper chinese = site.papers().stream().filter(p -> p.abstractText().tex().equals(cjk)).findFirst().orElseThrow();
        assertTrue(chinese.title().startsWith("我们提出了一种新的强化学习方法"), chinese.title());
        Paper rtl = site.papers().stream().filter(p -> p.abstractText().tex().equals(arabic)).findFirst().orElseThrow();
        assertTrue(rtl.title().startsWith("نقدم في هذه الورقة"), rtl.title());

        Site grown = build(listing("a", DISTILL + "...", cjk + "...", DORMANT + "...", arabic + "..."));
        assertEquals(site.papers().stream().map(Paper::slug).sorted().toList(),
                grown.papers().stream().map(Paper::slug).filter(s -> s.startsWith("paper-")).sorted().toList(),
                "other papers do not change their URLs");
    }

    @Test
    void twoCjkPapersWithTheSameOpeningGetDifferentSlugs() {
        String opening = "我们提出了一种新的强化学习方法，用于在稀疏奖励环境中进行高效探索和规划以及控制任务的学习和评估";
        Site site = build(listing("a", opening + "。第一篇...", opening + "。第二篇论文的摘要内容完全不同..."));
        assertEquals(2, site.papers().size());
        assertNotEquals(site.papers().get(0).slug(), site.papers().get(1).slug());
    }

    @Test
    void titlesThatWouldSlugToDotsSlashesOrNothingStillNameAFolderOfTheirOwn() {
        for (String title : List.of("..", "../../etc/passwd", "/", "\\..\\", "???", "\u202E\u202D", "CON", ".")) {
            String slug = Slugs.slugOr(title, "paper");
            assertTrue(SLUG.matcher(slug).matches(), title + " -> " + slug);
            assertFalse(slug.contains(".") || slug.contains("/"), slug);
        }
        assertEquals("etc-passwd", Slugs.slugify("../../etc/passwd"));
        assertEquals(Slugs.slugOr("..", "paper"), Slugs.slugOr("..", "paper"), "stable");
    }

    @Test
    void notesCannotGiveAPaperAScriptLinkOrAFakeArxivId() {
        ContentDoc<PaperFront> notes = new ContentDoc<>(Path.of("content/papers/dormant.md"), "dormant",
                new PaperFront(null, DORMANT.substring(0, 60), null, "../../..", List.of(), null, null,
                        Map.of("PDF", "javascript:alert(1)", "Code", "https://github.com/x/y"), List.of()),
                "", 5);
        Site site = build(List.of(listing("a", DORMANT + "...")), List.of(notes));
        Paper paper = site.papers().get(0);
        assertEquals(Map.of("Code", "https://github.com/x/y"), paper.info().links());
        assertTrue(SLUG.matcher(paper.slug()).matches(), paper.slug());
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("content/papers/dormant.md:1: warning: the link 'PDF'")),
                messages().toString());

        ContentDoc<PaperFront> fake = new ContentDoc<>(Path.of("content/papers/fake.md"), "fake",
                new PaperFront("\" onmouseover=\"alert(1)", DORMANT.substring(0, 60), null, null, List.of(), null,
                        null, Map.of(), List.of()), "", 5);
        Site withFake = build(List.of(listing("a", DORMANT + "...")), List.of(fake));
        assertEquals(null, withFake.papers().get(0).info().arxivId());
        assertTrue(messages().stream().anyMatch(m -> m.contains("error: arxiv: '\" onmouseover=\"alert(1)' is not an arXiv id")),
                messages().toString());
    }

    @Test
    void arxivIdsInTheirUsualFormsAreAccepted() {
        for (String id : List.of("2407.04622", "2407.04622v2", "arXiv:1706.03762", "hep-th/9901001", "math.GT/0309136")) {
            ContentDoc<PaperFront> notes = new ContentDoc<>(Path.of("content/papers/n.md"), "n",
                    new PaperFront(id, DORMANT.substring(0, 60), null, null, List.of(), null, null, Map.of(), List.of()),
                    "", 5);
            Site site = build(List.of(listing("a", DORMANT + "...")), List.of(notes));
            assertEquals(id.replaceFirst("^arXiv:", ""), site.papers().get(0).info().arxivId(), id);
        }
        assertFalse(diagnostics.hasErrors(), messages().toString());
    }
}

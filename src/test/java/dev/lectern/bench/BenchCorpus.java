package dev.lectern.bench;

import dev.lectern.Diagnostics;
import dev.lectern.build.SiteBuild;
import dev.lectern.model.Listing;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import dev.lectern.model.TexText;
import dev.lectern.model.Topic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Writes one synthetic corpus twice: as a Lectern site folder ({@code lectern/}: seeds of at most 1,000 lines,
 * site.yml with the topic taxonomy, a few notes and a page) and, from the same papers, as a Hugo site
 * ({@code hugo/}: a page per paper with its topics and listings as taxonomies, and a small theme whose pages match
 * Lectern's: paper with related papers, topic, listing, topics index, home).
 *
 * <pre>java -cp target/test-classes:target/lectern.jar dev.lectern.bench.BenchCorpus 10000 /tmp/corpus-10k</pre>
 */
public final class BenchCorpus {

    /** Lines per listing file; listings stay at most this long. */
    static final int LISTING_LINES = 1_000;
    /** Papers first placed in each listing, leaving room for papers that also appear in a second one. */
    static final int PRIMARY_PER_LISTING = 950;
    /** Share of papers that are in two listings. */
    static final double SHARED_PAPERS = 0.03;
    /** One paper in this many has a notes file in content/papers/. */
    static final int NOTES_EVERY = 1_000;

    private BenchCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchCorpus <papers> <folder>");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        Path folder = Path.of(args[1]);
        long start = System.nanoTime();
        Corpus corpus = Corpus.generate(n, 42);
        Path lectern = folder.resolve("lectern");
        corpus.writeLecternSite(lectern);
        Diagnostics diagnostics = new Diagnostics();
        Optional<Site> model = new SiteBuild(lectern, folder.resolve("unused"), line -> { }).model(diagnostics);
        if (model.isEmpty() || diagnostics.hasErrors()) {
            diagnostics.sorted().forEach(System.err::println);
            throw new IllegalStateException("the generated site does not build");
        }
        HugoSite.write(model.get(), folder.resolve("hugo"));
        System.err.printf("bench: %d papers in %d listings written to %s in %.1f s%n", n, corpus.listings().size(),
                folder, (System.nanoTime() - start) / 1e9);
    }

    /** A generated paper. */
    record GeneratedPaper(int index, SyntheticPapers.PaperText text) {
    }

    /** One listing file: its slug and the papers on it, in order (by index into the papers). */
    record ListingFile(String slug, String title, List<Integer> papers, List<SyntheticPapers.PaperText> lines) {
    }

    /** The generated corpus. */
    record Corpus(List<GeneratedPaper> papers, List<ListingFile> listings) {

        static Corpus generate(int n, long seed) {
            SyntheticPapers generator = new SyntheticPapers(seed);
            List<GeneratedPaper> papers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                papers.add(new GeneratedPaper(i, generator.paper(i)));
            }
            int count = Math.max(1, (n + PRIMARY_PER_LISTING - 1) / PRIMARY_PER_LISTING);
            List<ListingFile> listings = new ArrayList<>();
            for (int l = 0; l < count; l++) {
                listings.add(new ListingFile(String.format(Locale.ROOT, "listing-%04d", l + 1),
                        "Listing " + (l + 1), new ArrayList<>(), new ArrayList<>()));
            }
            Random shared = new Random(seed);
            for (GeneratedPaper p : papers) {
                ListingFile home = listings.get(p.index() / PRIMARY_PER_LISTING);
                home.papers().add(p.index());
                home.lines().add(p.text());
                if (count > 1 && shared.nextDouble() < SHARED_PAPERS) {
                    ListingFile other = listings.get((p.index() / PRIMARY_PER_LISTING + 1 + shared.nextInt(3)) % count);
                    if (other != home && other.papers().size() < LISTING_LINES) {
                        other.papers().add(p.index());
                        other.lines().add(SyntheticPapers.shorterCopy(p.text(), shared));
                    }
                }
            }
            return new Corpus(List.copyOf(papers), List.copyOf(listings));
        }

        void writeLecternSite(Path site) throws IOException {
            Files.createDirectories(site.resolve("seeds"));
            for (ListingFile l : listings) {
                try (BufferedWriter w = Files.newBufferedWriter(site.resolve("seeds").resolve(l.slug() + ".txt"))) {
                    w.write(l.lines().size() + " papers on arXiv\n");
                    for (SyntheticPapers.PaperText line : l.lines()) {
                        w.write(line.line());
                        w.write('\n');
                    }
                }
            }
            StringBuilder yml = new StringBuilder();
            yml.append("title: Synthetic research digest\n");
            yml.append("description: ").append(papers.size()).append(" generated papers for benchmarks.\n");
            yml.append("base-url: https://example.org/\n");
            yml.append("language: en\n");
            yml.append("listings:\n");
            for (ListingFile l : listings) {
                yml.append("  - file: ").append(l.slug()).append(".txt\n");
                yml.append("    slug: ").append(l.slug()).append('\n');
                yml.append("    title: ").append(l.title()).append('\n');
                yml.append("    description: Papers ").append(l.papers().size()).append(" of a generated listing.\n");
            }
            yml.append("topics:\n");
            for (SyntheticPapers.TopicSpec t : SyntheticPapers.TOPICS) {
                yml.append("  - name: ").append(t.name()).append('\n');
                yml.append("    description: Papers about ").append(t.name().toLowerCase(Locale.ROOT)).append(".\n");
                yml.append("    phrases: [").append(String.join(", ", t.phrases())).append("]\n");
                if (!t.acronyms().isEmpty()) {
                    yml.append("    acronyms: [").append(String.join(", ", t.acronyms())).append("]\n");
                }
            }
            yml.append("options:\n  related-papers: 5\n");
            Files.writeString(site.resolve("site.yml"), yml.toString());

            Path notes = site.resolve("content/papers");
            Files.createDirectories(notes);
            for (GeneratedPaper p : papers) {
                if (p.index() % NOTES_EVERY == 0) {
                    Files.writeString(notes.resolve("paper-" + p.index() + ".md"), "---\nmatch: "
                            + yamlString(TexText.plain(p.text().text())) + "\n---\n" + NOTES);
                }
            }
            Path pages = site.resolve("content/pages");
            Files.createDirectories(pages);
            Files.writeString(pages.resolve("about.md"), "---\ntitle: About\nnav-order: 1\n---\n" + ABOUT);
        }
    }

    static final String ABOUT = "A generated site for benchmarks: every paper, listing and topic is synthetic.\n";

    static final String NOTES = "Notes: *read* for the reading group, see [the about page](../../about/index.html).\n";

    /**
     * The same site as a Hugo site: Lectern's model of the corpus (titles, slugs, topics, listing order, related
     * papers) written as content with front matter. Hugo is handed each paper's related papers rather than asked to
     * find them with its {@code .Related}, which took a minute at 10,000 papers: the benchmark then compares Lectern,
     * which works them out, with a Hugo that does less.
     */
    static final class HugoSite {

        private HugoSite() {
        }

        static void write(Site model, Path site) throws IOException {
            Path papers = site.resolve("content/papers");
            Files.createDirectories(papers);
            Map<String, Integer> weight = new HashMap<>();
            for (Listing l : model.listings()) {
                for (int k = 0; k < l.paperSlugs().size(); k++) {
                    weight.putIfAbsent(l.paperSlugs().get(k), k + 1);
                }
            }
            model.papers().parallelStream().forEach(p -> {
                StringBuilder md = new StringBuilder("---\n");
                md.append("title: ").append(yamlString(p.title())).append('\n');
                md.append("abstract: ").append(yamlString(p.abstractText().tex())).append('\n');
                md.append("cut: ").append(p.abstractText().cut()).append('\n');
                md.append("topics: [").append(p.topics().stream()
                        .map(Paper.TopicAssignment::topicSlug).collect(Collectors.joining(", ")))
                        .append("]\n");
                md.append("listings: [").append(String.join(", ", p.listingSlugs())).append("]\n");
                md.append("listings_weight: ").append(weight.get(p.slug())).append('\n');
                md.append("related: [").append(String.join(", ", p.related())).append("]\n");
                md.append("---\n").append(p.info().notes());
                try {
                    Files.writeString(papers.resolve(p.slug() + ".md"), md.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // Cards name topics and listings from a data file: Hugo's .GetTerms made its cards 2.6 times slower.
            StringBuilder names = new StringBuilder("topics:\n");
            for (Topic t : model.topics()) {
                term(site, "topics", t.slug(), t.name(), t.description());
                names.append("  ").append(t.slug()).append(": ").append(yamlString(t.name())).append('\n');
            }
            names.append("listings:\n");
            for (Listing l : model.listings()) {
                term(site, "listings", l.slug(), l.title(), l.description());
                names.append("  ").append(l.slug()).append(": ").append(yamlString(l.title())).append('\n');
            }
            Files.createDirectories(site.resolve("data"));
            Files.writeString(site.resolve("data/names.yaml"), names.toString());
            Files.createDirectories(site.resolve("content/about"));
            Files.writeString(site.resolve("content/about/index.md"), "---\ntitle: About\n---\n" + ABOUT);
            Files.writeString(site.resolve("config.yaml"), resource("hugo/config.yaml")
                    .replace("DESCRIPTION", model.info().description()));
            for (String layout : List.of("_default/baseof.html", "_default/single.html", "_default/term.html",
                    "_default/taxonomy.html", "topics/term.html", "index.html", "partials/card.html")) {
                Path file = site.resolve("layouts").resolve(layout);
                Files.createDirectories(file.getParent());
                Files.writeString(file, resource("hugo/layouts/" + layout));
            }
            Path css = site.resolve("static/assets/lectern.css");
            Files.createDirectories(css.getParent());
            Files.writeString(css, resource("/lectern-theme/assets/lectern.css"));
        }

        /** A term's own page (title and description), named by the same slug Lectern uses. */
        private static void term(Path site, String taxonomy, String slug, String title, String description)
                throws IOException {
            Path dir = site.resolve("content").resolve(taxonomy).resolve(slug);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("_index.md"), "---\ntitle: " + yamlString(title) + "\ndescription: "
                    + yamlString(description) + "\n---\n");
        }

        private static String resource(String name) throws IOException {
            String path = name.startsWith("/") ? name : "/dev/lectern/bench/" + name;
            try (var in = BenchCorpus.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("missing resource " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A YAML double-quoted string. */
    static String yamlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

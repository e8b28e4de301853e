package dev.lectern.render;

import dev.lectern.CodeVersion;
import dev.lectern.EveryCore;
import dev.lectern.Lazy;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import dev.lectern.write.OutputFile;
import dev.lectern.write.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Renders the whole site into an {@link OutputSink}: every HTML page from its template and view, the theme's and
 * KaTeX's assets, the search index, {@code papers.bib}, and what GitHub Pages and search engines read (sitemap,
 * robots.txt, CNAME, .nojekyll). Pages are independent, so they render in parallel; each is handed to the sink as soon as it is done,
 * and no page's HTML is kept after that.
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Markdown markdown;
    private final int topicPageSize;
    private final Theme theme;
    private final ViewFingerprint fingerprints = new ViewFingerprint();

    /**
     * What rendering needs that does not depend on the model: the template engine over the site's templates and
     * the built-in theme, and the static files of the theme and of KaTeX.
     *
     * @param assets asset name (such as {@code lectern.css}) to its bytes, ordered by name
     */
    public record Theme(Templates templates, Map<String, byte[]> assets, long fingerprint) {

        /** Reads the theme of a site whose own templates are in {@code siteTemplates} (it may not exist). */
        public static Theme load(Path siteTemplates) throws IOException {
            Map<String, byte[]> assets = new TreeMap<>(VendorAssets.collect());
            assets.putAll(ThemeAssets.collect(siteTemplates));
            return new Theme(new Templates(siteTemplates), assets, fingerprint(siteTemplates));
        }

        /**
         * What, beside its view, decides the bytes of a page: Lectern's own code and built-in theme
         * ({@link CodeVersion}) and the site's own templates (their names and bytes).
         */
        private static long fingerprint(Path siteTemplates) throws IOException {
            List<Object> parts = new ArrayList<>();
            parts.add(CodeVersion.fingerprint());
            if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
                for (Path file : filesUnder(siteTemplates)) {
                    parts.add(siteTemplates.relativize(file).toString());
                    parts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
            return new ViewFingerprint().of("theme", parts);
        }

        private static List<Path> filesUnder(Path root) throws IOException {
            try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile).sorted().toList();
            }
        }

        /**
         * {@link #load} on another thread, for a build to read its sources meanwhile: on a small site the two take
         * about as long (default site: 0.1 s each).
         */
        public static CompletableFuture<Theme> loadInBackground(Path siteTemplates) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return load(siteTemplates);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * @param siteTemplates the site's own {@code templates/} folder (it may not exist)
     * @param allowRawHtml  whether Markdown may keep raw HTML
     * @param topicPageSize papers a topic page shows; a larger topic continues on further pages (0: all on one)
     */
    public SiteRenderer(Path siteTemplates, boolean allowRawHtml, int topicPageSize) throws IOException {
        this(Theme.load(siteTemplates), allowRawHtml, topicPageSize);
    }

    /**
     * @param allowRawHtml  whether Markdown may keep raw HTML
     * @param topicPageSize papers a topic page shows; a larger topic continues on further pages (0: all on one)
     */
    public SiteRenderer(Theme theme, boolean allowRawHtml, int topicPageSize) {
        this.theme = theme;
        this.templates = theme.templates();
        this.markdown = new Markdown(allowRawHtml);
        this.topicPageSize = topicPageSize;
    }

    /** One file to produce: its path and how to render it; {@code inputs} fingerprints what its view is built from. */
    private record Job(String path, String template, Supplier<Object> view, LongSupplier inputs) {

        /** Whether search engines should find it: web pages, but not search, 404 or the e-mail editions. */
        boolean indexable() {
            return path.endsWith("index.html") && !path.equals(SitePaths.SEARCH);
        }
    }

    /**
     * Renders every page of {@code site} into {@code sink}; {@code progress} hears the number of files done.
     *
     * @return the number of files written
     */
    public int render(Site site, OutputSink sink, IntConsumer progress) throws TemplateProblem, IOException {
        return render(site, sink, progress, PageReuse.NEVER);
    }

    /**
     * Decides, page by page, whether the file an earlier build wrote for it can stay as it is. Implementations are
     * called from several threads at once.
     */
    public interface PageReuse {

        /** Renders every page. */
        PageReuse NEVER = new PageReuse() {
            @Override
            public boolean reuseUnbuilt(String path, long inputs) {
                return false;
            }

            @Override
            public boolean reuse(String path, long inputs, long view) {
                return false;
            }

            @Override
            public void rendered(String path, long inputs, long view) {
            }
        };

        /**
         * Whether the page at {@code path}, whose view would be built from model inputs with fingerprint
         * {@code inputs}, is kept from an earlier build; when true, the renderer does not even build its view. When
         * false, {@link #reuse} is asked next.
         */
        boolean reuseUnbuilt(String path, long inputs) throws IOException;

        /**
         * Whether the page at {@code path}, whose view and templates have fingerprint {@code view}, is kept from an
         * earlier build; when true, the renderer neither renders it nor hands it to the sink. {@code inputs} is the
         * fingerprint of what its view was built from.
         */
        boolean reuse(String path, long inputs, long view) throws IOException;

        /** Hears each page that was rendered and handed to the sink, with its fingerprints. */
        void rendered(String path, long inputs, long view);
    }

    /**
     * As {@link #render(Site, OutputSink, IntConsumer)}, rendering only the pages that {@code reuse} does not keep.
     *
     * @return the number of files of the site, kept ones included
     */
    public int render(Site site, OutputSink sink, IntConsumer progress, PageReuse reuse)
            throws TemplateProblem, IOException {
        ViewFactory views = new ViewFactory(site, markdown);
        // every page fingerprints what its view is built from: a rebuild keeps it without building the view
        PageInputs inputs = new PageInputs(site, views, markdown.allowsRawHtml());
        List<Job> jobs = new ArrayList<>();
        jobs.add(siteWide(SitePaths.HOME, "index.ftlh", views::index, inputs));
        jobs.add(siteWide(SitePaths.TOPICS, "topics.ftlh", views::topics, inputs));
        site.listings().forEach(l -> jobs.add(new Job(SitePaths.listing(l.slug()), "listing.ftlh",
                () -> views.listing(l), () -> inputs.listing(l))));
        for (Topic topic : site.topics()) {
            for (Pager.Slice slice : Pager.Slice.of(topic.paperSlugs().size(), topicPageSize)) {
                jobs.add(new Job(SitePaths.topic(topic.slug(), slice.number()), "topic.ftlh",
                        () -> views.topic(topic, slice), () -> inputs.topic(topic, slice)));
            }
        }
        site.pages().forEach(p -> jobs.add(siteWide(SitePaths.page(p.slug()), "page.ftlh", () -> views.page(p),
                inputs)));
        site.papers().forEach(p -> jobs.add(new Job(SitePaths.paper(p.slug()), "paper.ftlh", () -> views.paper(p),
                () -> inputs.paper(p))));
        addDigests(site, views, inputs, jobs);
        jobs.add(siteWide(SitePaths.SEARCH, "search.ftlh", views::search, inputs));
        jobs.add(siteWide(SitePaths.NOT_FOUND, "404.ftlh", views::notFound, inputs));

        List<String> indexable = jobs.stream().filter(Job::indexable).map(Job::path).toList();
        // the files that are not pages, each a task beside the pages so that both cores share them; those made from
        // the model are kept, like pages, while what they are made from is unchanged
        List<DataFile> data = new ArrayList<>();
        data.add(new DataFile(SitePaths.SEARCH_INDEX, () -> inputs.everything(SitePaths.SEARCH_INDEX),
                () -> SearchIndexRenderer.render(site, markdown)));
        if (FeedRenderer.hasFeeds(site)) {
            Supplier<FeedRenderer> feeds = Lazy.of(() -> new FeedRenderer(site, markdown));
            data.add(new DataFile(SitePaths.FEED, () -> inputs.everything(SitePaths.FEED),
                    () -> feeds.get().siteFeed().bytes()));
            for (Topic topic : site.topics()) {
                String path = SitePaths.topicFeed(topic.slug());
                data.add(new DataFile(path, () -> inputs.everything(path), () -> feeds.get().topicFeed(topic).bytes()));
            }
        }
        data.add(new DataFile(SitePaths.BIBTEX, inputs::bibtex,
                () -> views.bibtex().file(site.info().title())));
        int others = data.size() + 1; // and the static files, last

        AtomicInteger done = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        // A failing page stops the others from starting, and every running page finishes before this returns:
        // nothing may write into the sink once the caller has seen the failure and discards what was written.
        ConcurrentSkipListMap<Integer, Exception> failures = new ConcurrentSkipListMap<>();
        // the other files first: the search index is one long task, which then runs beside the pages instead of
        // after them
        // each thread takes the next file when done with one (at 100,000 papers a parallel stream's fixed ranges
        // left one core idle for 4 s of a rebuild)
        EveryCore.run(others + jobs.size(), i -> {
            if (!failures.isEmpty()) {
                return;
            }
            try {
                if (i < data.size()) {
                    renderData(data.get(i), sink, reuse);
                    written.incrementAndGet();
                } else if (i == data.size()) {
                    for (OutputFile file : staticFiles(site, indexable)) {
                        sink.write(file);
                        written.incrementAndGet();
                    }
                } else {
                    renderJob(jobs.get(i - others), sink, reuse);
                    written.incrementAndGet();
                    progress.accept(done.incrementAndGet());
                }
            } catch (TemplateProblem | IOException | RuntimeException e) {
                failures.put(i, e);
            }
        });
        if (!failures.isEmpty()) {
            Exception first = failures.firstEntry().getValue(); // the first page in site order, not in time
            if (first instanceof TemplateProblem problem) {
                throw problem;
            }
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw (RuntimeException) first;
        }
        return written.get();
    }

    /** A file made from the model that is not a page: its path, the fingerprint of its inputs, and its bytes. */
    private record DataFile(String path, LongSupplier inputs, Supplier<byte[]> bytes) {
    }

    /** Writes {@code file} unless {@code reuse} keeps it from an earlier build. */
    private static void renderData(DataFile file, OutputSink sink, PageReuse reuse) throws IOException {
        long inputs = file.inputs().getAsLong();
        if (reuse.reuseUnbuilt(file.path(), inputs)) {
            return;
        }
        sink.write(new OutputFile(file.path(), file.bytes().get()));
        reuse.rendered(file.path(), inputs, 0); // no view: only its inputs can keep it
    }

    /** The theme's and KaTeX's files, and what GitHub Pages and search engines read. */
    private List<OutputFile> staticFiles(Site site, List<String> indexable) {
        List<OutputFile> files = new ArrayList<>();
        theme.assets().forEach((name, bytes) -> files.add(new OutputFile(SitePaths.asset(name), bytes)));
        byte[] sitemap = SitemapRenderer.sitemap(site.info(), indexable);
        if (sitemap != null) {
            files.add(new OutputFile(SitePaths.SITEMAP, sitemap));
        }
        files.add(new OutputFile(SitePaths.ROBOTS, SitemapRenderer.robots(site.info())));
        if (!site.info().cname().isEmpty()) {
            files.add(new OutputFile(SitePaths.CNAME, (site.info().cname() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        // GitHub Pages would otherwise run Jekyll, which hides folders and files that start with _ or .
        files.add(new OutputFile(".nojekyll", new byte[0]));
        return files;
    }

    /** The digests index, a page per digest and, for a site with a base URL, each digest's e-mail edition. */
    private static void addDigests(Site site, ViewFactory views, PageInputs inputs, List<Job> jobs) {
        if (site.meetings().isEmpty()) {
            return;
        }
        jobs.add(siteWide(SitePaths.DIGESTS, "digests.ftlh", views::digests, inputs));
        boolean email = FeedRenderer.hasFeeds(site);
        for (var d : site.meetings().all()) {
            jobs.add(new Job(SitePaths.digest(d.slug()), "digest.ftlh", () -> views.digest(d),
                    () -> inputs.digest("digest.ftlh", d)));
            if (email) {
                jobs.add(new Job(SitePaths.digestEmail(d.slug()), "email.ftlh", () -> views.email(d),
                        () -> inputs.digest("email.ftlh", d)));
                jobs.add(new Job(SitePaths.digestEmailText(d.slug()), "email-text.ftl", () -> views.email(d),
                        () -> inputs.digest("email-text.ftl", d)));
            }
        }
    }

    /** A page whose view reads only what {@link PageInputs#siteWide} fingerprints. */
    private static Job siteWide(String path, String template, Supplier<Object> view, PageInputs inputs) {
        return new Job(path, template, view, () -> inputs.siteWide(template, path));
    }

    /**
     * Renders one page, encoding it to UTF-8 as the template writes: a topic of 30,000 papers on one page
     * ({@code topic-page-size: 0}) is 30 MB of HTML, which as a String (two bytes a character, copied as it grows,
     * then copied to bytes) took five times that and ran a 100,000-paper build out of a 1 GiB heap.
     */
    private void renderJob(Job job, OutputSink sink, PageReuse reuse) throws TemplateProblem, IOException {
        long inputs = job.inputs().getAsLong();
        if (reuse.reuseUnbuilt(job.path(), inputs)) {
            return;
        }
        Object view = job.view().get();
        long fingerprint = fingerprints.of(job.template(), view);
        if (reuse.reuse(job.path(), inputs, fingerprint)) {
            return;
        }
        Utf8Writer out = new Utf8Writer(16 * 1024);
        templates.render(job.template(), view, out);
        sink.write(new OutputFile(job.path(), out.toByteArray()));
        reuse.rendered(job.path(), inputs, fingerprint);
    }
}

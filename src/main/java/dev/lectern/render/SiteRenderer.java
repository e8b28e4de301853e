package dev.lectern.render;

import dev.lectern.model.Site;
import dev.lectern.write.OutputFile;
import dev.lectern.write.OutputSink;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders the whole site into an {@link OutputSink}: every HTML page from its template and view, the theme's and
 * KaTeX's assets, the search index, {@code papers.bib}, and what GitHub Pages and search engines read (sitemap,
 * robots.txt, CNAME, .nojekyll). Pages are independent, so they render in parallel; each is handed to the sink as soon as it is done,
 * and no page's HTML is kept after that.
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Markdown markdown;
    private final Path siteTemplates;

    /**
     * @param siteTemplates the site's own {@code templates/} folder (it may not exist)
     * @param allowRawHtml  whether Markdown may keep raw HTML
     */
    public SiteRenderer(Path siteTemplates, boolean allowRawHtml) throws IOException {
        this.siteTemplates = siteTemplates;
        this.templates = new Templates(siteTemplates);
        this.markdown = new Markdown(allowRawHtml);
    }

    /** One file to produce: its path and how to render it. */
    private record Job(String path, String template, Supplier<Object> view) {

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
        ViewFactory views = new ViewFactory(site, markdown);
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(SitePaths.HOME, "index.ftlh", views::index));
        jobs.add(new Job(SitePaths.TOPICS, "topics.ftlh", views::topics));
        site.listings().forEach(l -> jobs.add(new Job(SitePaths.listing(l.slug()), "listing.ftlh", () -> views.listing(l))));
        site.topics().forEach(t -> jobs.add(new Job(SitePaths.topic(t.slug()), "topic.ftlh", () -> views.topic(t))));
        site.pages().forEach(p -> jobs.add(new Job(SitePaths.page(p.slug()), "page.ftlh", () -> views.page(p))));
        site.papers().forEach(p -> jobs.add(new Job(SitePaths.paper(p.slug()), "paper.ftlh", () -> views.paper(p))));
        addDigests(site, views, jobs);
        jobs.add(new Job(SitePaths.SEARCH, "search.ftlh", views::search));
        jobs.add(new Job(SitePaths.NOT_FOUND, "404.ftlh", views::notFound));

        // Render the first page alone: a broken template then fails once, with one clear message.
        AtomicInteger done = new AtomicInteger();
        renderJob(jobs.get(0), sink);
        progress.accept(done.incrementAndGet());
        // A failing page stops the others from starting, and every running page finishes before this returns:
        // nothing may write into the sink once the caller has seen the failure and discards what was written.
        ConcurrentSkipListMap<Integer, Exception> failures = new ConcurrentSkipListMap<>();
        IntStream.range(1, jobs.size()).parallel().forEach(i -> {
            if (!failures.isEmpty()) {
                return;
            }
            try {
                renderJob(jobs.get(i), sink);
                progress.accept(done.incrementAndGet());
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
            throw (RuntimeException) first;
        }
        List<OutputFile> files = new ArrayList<>(new FeedRenderer(site, markdown).files());
        Map<String, byte[]> assets = new TreeMap<>(VendorAssets.collect());
        assets.putAll(ThemeAssets.collect(siteTemplates));
        assets.forEach((name, bytes) -> files.add(new OutputFile(SitePaths.asset(name), bytes)));
        files.add(new OutputFile(SitePaths.SEARCH_INDEX, SearchIndexRenderer.render(site, markdown)));
        files.add(new OutputFile(SitePaths.BIBTEX, views.bibtex().file(site.info().title())));
        List<String> indexable = jobs.stream().filter(Job::indexable).map(Job::path).toList();
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
        for (OutputFile file : files) {
            sink.write(file);
        }
        return jobs.size() + files.size();
    }

    /** The digests index, a page per digest and, for a site with a base URL, each digest's e-mail edition. */
    private static void addDigests(Site site, ViewFactory views, List<Job> jobs) {
        if (site.meetings().isEmpty()) {
            return;
        }
        jobs.add(new Job(SitePaths.DIGESTS, "digests.ftlh", views::digests));
        boolean email = FeedRenderer.hasFeeds(site);
        for (var d : site.meetings().all()) {
            jobs.add(new Job(SitePaths.digest(d.slug()), "digest.ftlh", () -> views.digest(d)));
            if (email) {
                jobs.add(new Job(SitePaths.digestEmail(d.slug()), "email.ftlh", () -> views.email(d)));
                jobs.add(new Job(SitePaths.digestEmailText(d.slug()), "email-text.ftl", () -> views.email(d)));
            }
        }
    }

    /**
     * Renders one page, encoding it to UTF-8 as the template writes: a topic page of 30,000 papers is 30 MB of
     * HTML, which as a String (two bytes a character, copied as it grows, then copied to bytes) took five times
     * that and ran a 100,000-paper build out of a 1 GiB heap.
     */
    private void renderJob(Job job, OutputSink sink) throws TemplateProblem, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8 * 1024)) {
            templates.render(job.template(), job.view().get(), out);
        }
        sink.write(new OutputFile(job.path(), bytes.toByteArray()));
    }
}

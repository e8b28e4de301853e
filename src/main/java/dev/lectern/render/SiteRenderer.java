package dev.lectern.render;

import dev.lectern.model.Site;
import dev.lectern.write.OutputFile;
import dev.lectern.write.OutputSink;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders the whole site into an {@link OutputSink}: every HTML page from its template and view, and the theme's
 * assets. Pages are independent, so they render in parallel; each is handed to the sink as soon as it is done,
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
        int files = jobs.size();
        for (OutputFile feed : new FeedRenderer(site, markdown).files()) {
            sink.write(feed);
            files++;
        }
        for (Map.Entry<String, byte[]> asset : ThemeAssets.collect(siteTemplates).entrySet()) {
            sink.write(new OutputFile(SitePaths.asset(asset.getKey()), asset.getValue()));
            files++;
        }
        sink.write(new OutputFile(".nojekyll", new byte[0]));
        return files + 1;
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

    private void renderJob(Job job, OutputSink sink) throws TemplateProblem, IOException {
        StringWriter out = new StringWriter(16 * 1024);
        templates.render(job.template(), job.view().get(), out);
        sink.write(new OutputFile(job.path(), out.toString().getBytes(StandardCharsets.UTF_8)));
    }
}

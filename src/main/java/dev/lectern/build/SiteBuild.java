package dev.lectern.build;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.check.LinkChecker;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.config.StrictYaml;
import dev.lectern.load.ContentDoc;
import dev.lectern.load.ContentParser;
import dev.lectern.load.DigestParser;
import dev.lectern.load.DigestSource;
import dev.lectern.load.ListingParser;
import dev.lectern.load.ListingSource;
import dev.lectern.load.PageFront;
import dev.lectern.load.PaperFront;
import dev.lectern.load.TopicFront;
import dev.lectern.model.ListingInput;
import dev.lectern.model.ModelMemory;
import dev.lectern.model.ModelOptions;
import dev.lectern.model.ReadingGroup;
import dev.lectern.model.ReadingGroupInput;
import dev.lectern.model.Site;
import dev.lectern.model.SiteInfo;
import dev.lectern.model.SiteModelBuilder;
import dev.lectern.model.SiteSources;
import dev.lectern.model.Slugs;
import dev.lectern.model.TopicDefinition;
import dev.lectern.render.SiteRenderer;
import dev.lectern.render.TemplateProblem;
import dev.lectern.render.Templates;
import dev.lectern.write.OutputLockedException;
import dev.lectern.write.OutputRefusedException;
import dev.lectern.write.OutputSink;
import dev.lectern.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One build of one site folder: config, load, model, render, write. Problems in the input end up in the
 * {@link Diagnostics}; the output folder is only changed when the whole site rendered.
 */
public final class SiteBuild {

    /** Folders of a site that hold its sources; the output may not be one of them or inside one. */
    static final List<String> SOURCE_FOLDERS = List.of("seeds", "content", "templates");

    private final Path site;
    private final Path out;
    private final Consumer<String> log;
    private final Clock clock;
    private boolean allowRawHtml;
    private int topicPageSize;
    private boolean renderEverything;
    /** What the model found (titles, related papers), kept for the next build. */
    private ModelMemory memory = ModelMemory.none();

    /**
     * @param site the site folder
     * @param out  the output folder
     * @param log  hears one line per stage, for progress on stderr
     */
    public SiteBuild(Path site, Path out, Consumer<String> log) {
        this(site, out, log, Clock.systemDefaultZone());
    }

    /**
     * @param clock tells the day the site is built for, which decides the reading group's next meeting; nothing
     *              else in the output depends on it
     */
    public SiteBuild(Path site, Path out, Consumer<String> log, Clock clock) {
        this.site = site.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.log = log;
        this.clock = clock;
    }

    /**
     * What a build did.
     *
     * @param built       whether the output folder now holds the new site
     * @param diagnostics the problems found
     * @param files       files the site has
     * @param changed     files written because their bytes changed
     * @param unchanged   files left untouched because their bytes were the same
     * @param removed     files of an earlier build that this one no longer makes
     * @param reused      pages whose view had not changed since the last build, which were therefore neither
     *                    rendered nor read (they count among the unchanged files)
     */
    public record Outcome(boolean built, Diagnostics diagnostics, int files, int changed, int unchanged,
                          int removed, int reused) {
    }

    /**
     * Renders every page, as if the output folder held no earlier build (files whose bytes are the same are still
     * left as they are); by default pages whose view did not change are kept from the last build.
     */
    public SiteBuild renderingEverything(boolean everything) {
        this.renderEverything = everything;
        return this;
    }

    /** Runs the build; {@code progress} hears how many pages have been rendered, out of {@code total}. */
    public Outcome run(ProgressListener progress) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        if (!checkFolders(diagnostics)) {
            return failed(diagnostics);
        }
        // the templates and the theme's files do not depend on the model: they are read meanwhile
        CompletableFuture<SiteRenderer.Theme> theme = SiteRenderer.Theme.loadInBackground(site.resolve("templates"));
        // and so is what the last build left for this one, once the theme it holds for is known
        CompletableFuture<PageCache.Earlier> earlier = renderEverything ? null
                : PageCache.readInBackground(out, theme);
        Optional<Site> model = model(diagnostics);
        if (model.isEmpty() || diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        Templates.checkText(site.resolve("templates"), diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        Site siteModel = model.get();
        if (!siteModel.meetings().isEmpty() && siteModel.info().baseUrl().isEmpty()) {
            diagnostics.warning(configLocation("base-url"),
                    "site.yml has no base-url, so the feeds and the e-mail editions of the digests are not written",
                    "they need absolute links: set `base-url:` to where the site is published");
        }
        int digests = siteModel.meetings().all().size();
        int total = 4 + siteModel.listings().size() + siteModel.topics().size() + siteModel.pages().size()
                + siteModel.papers().size()
                + (digests == 0 ? 0 : 1 + digests * (siteModel.info().baseUrl().isEmpty() ? 1 : 3));
        log.accept("rendering " + total + " pages");
        SiteRenderer.Theme loaded = joined(theme);
        SiteRenderer renderer = new SiteRenderer(loaded, allowRawHtml, topicPageSize);
        try (SiteWriter writer = SiteWriter.open(out)) {
            int files;
            // every file is handed to the link check as it is rendered, so the site is checked before it replaces
            // the previous one; a page kept from the last build brings the links and ids read from it then
            LinkChecker links = new LinkChecker(siteModel.info().baseUrl());
            OutputSink checked = file -> {
                links.add(file.path(), file.bytes());
                writer.write(file);
            };
            PageCache cache = earlier == null ? PageCache.empty(writer, links)
                    : PageCache.of(joined(earlier), writer, links);
            if (cache.keepsPages()) {
                // the manifest names every file of the last commit, the page cache those of the build that wrote it
                links.earlierFiles(writer.earlierFiles());
            }
            try {
                files = renderer.render(siteModel, checked, done -> progress.pagesDone(done, total), cache);
                cache.renderingDone();
            } catch (TemplateProblem e) {
                diagnostics.error(e.location(), e.getMessage(),
                        "fix the template; the previous site in the output folder was left as it was");
                return failed(diagnostics);
            }
            // what this build keeps for the next one is written aside meanwhile, and put in place after the commit
            CompletableFuture<Void> cacheWritten = cache.prepareInBackground(loaded.fingerprint());
            SiteWriter.Result result;
            try {
                log.accept("checking links");
                links.check(out).forEach(diagnostics::add);
                if (diagnostics.hasErrors()) {
                    return failed(diagnostics);
                }
                result = writer.commit();
            } finally {
                cacheWritten.exceptionally(e -> null).join(); // it writes through the writer, which then closes
            }
            try {
                joined(cacheWritten);
                cache.install();
                if (!memory.sameAsEarlier()) {
                    ModelCache.write(writer, memory);
                }
            } catch (IOException e) {
                PageCache.remove(writer);
                diagnostics.warning(Location.of(out.resolve(SiteWriter.STATE_DIR)),
                        "cannot write what this build keeps for the next one (" + e.getMessage() + ")",
                        "the site is built; the next build renders every page again");
            }
            for (String path : result.notRemoved()) {
                diagnostics.warning(Location.of(out.resolve(path)), "cannot remove this file of an earlier build",
                        "remove it by hand; Lectern keeps it in its manifest and tries again next time");
            }
            return new Outcome(true, diagnostics, files, result.changed(), result.unchanged(), result.removed(),
                    cache.keptCount());
        } catch (OutputLockedException e) {
            diagnostics.error(Location.of(out.resolve(SiteWriter.STATE_DIR).resolve("lock")),
                    "another Lectern build is writing into " + out,
                    "wait until it has finished, then build again; the lock is released when that build ends, "
                            + "even if it crashed");
            return failed(diagnostics);
        } catch (OutputRefusedException e) {
            for (OutputRefusedException.Problem p : e.problems()) {
                diagnostics.error(Location.of(p.file()), p.message(), p.hint());
            }
            return failed(diagnostics);
        }
    }

    /** What {@code future} gave, or the I/O error it failed with. */
    private static <T> T joined(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Reads the configuration and the inputs and builds the model; empty when the input cannot be built. */
    public Optional<Site> model(Diagnostics diagnostics) {
        StrictYaml yaml = new StrictYaml();
        Optional<SiteConfig> loaded = new SiteConfigLoader(yaml).load(site, diagnostics);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = loaded.get();
        allowRawHtml = config.options().allowRawHtml();
        topicPageSize = config.options().topicPageSize();
        log.accept("reading listings");
        List<ListingInput> listings = loadListings(config, diagnostics);
        log.accept("reading content");
        ContentParser content = new ContentParser(yaml);
        List<ContentDoc<PaperFront>> notes = readContent(content, "papers", PaperFront.class, PaperFront.EMPTY,
                diagnostics);
        List<ContentDoc<TopicFront>> topicDocs = readContent(content, "topics", TopicFront.class, TopicFront.EMPTY,
                diagnostics);
        List<ContentDoc<PageFront>> pages = readContent(content, "pages", PageFront.class, PageFront.EMPTY,
                diagnostics);
        List<DigestSource> digests = readDigests(content, diagnostics);
        ReadingGroup group = readingGroup(config, diagnostics);
        List<TopicDefinition> taxonomy = taxonomy(config, diagnostics);
        checkOptions(config.options(), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        SiteConfig.Options o = config.options();
        SiteSources sources = new SiteSources(
                publishedSite(config, diagnostics),
                listings, taxonomy,
                new ModelOptions(o.relatedPapers(), o.maxTopicsPerPaper(), o.minTopicPapers(), o.discoverTopics()),
                notes, topicDocs, pages, new ReadingGroupInput(group, digests, LocalDate.now(clock)));
        log.accept("linking " + listings.stream().mapToInt(l -> l.source().entries().size()).sum()
                + " listing lines");
        memory = ModelCache.read(out);
        return Optional.of(SiteModelBuilder.build(sources, diagnostics, memory));
    }

    /**
     * What the site says about itself, with the base URL and custom domain checked: the base URL must be an absolute
     * http(s) URL, the {@code cname} a bare host name; a site with a custom domain and no base URL is served at
     * {@code https://<cname>/}.
     */
    private SiteInfo publishedSite(SiteConfig config, Diagnostics diagnostics) {
        String baseUrl = config.baseUrl();
        String host = "";
        if (!baseUrl.isEmpty()) {
            URI uri = null;
            try {
                uri = new URI(baseUrl);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                diagnostics.error(configLocation("base-url"), "base-url '" + baseUrl + "' is not an absolute web address",
                        "write it as https://you.github.io/your-repo/ (or your own domain), ending in /");
                baseUrl = "";
            } else {
                host = uri.getHost().toLowerCase(Locale.ROOT);
            }
        }
        String cname = config.cname();
        if (!cname.isEmpty()) {
            if (!HOST_NAME.matcher(cname).matches()) {
                diagnostics.error(configLocation("cname"), "cname '" + cname + "' is not a host name",
                        "write only the domain, such as `cname: papers.example.org` (no https://, no path)");
                cname = "";
            } else if (baseUrl.isEmpty()) {
                baseUrl = "https://" + cname.toLowerCase(Locale.ROOT) + "/";
            } else if (!host.equalsIgnoreCase(cname)) {
                diagnostics.warning(configLocation("cname"), "cname '" + cname + "' is not the host of base-url "
                        + baseUrl, "GitHub Pages serves the site at the cname; make base-url https://" + cname + "/");
            }
        }
        return new SiteInfo(config.title(), config.description(), baseUrl, config.language(),
                cname.toLowerCase(Locale.ROOT));
    }

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    /**
     * What {@code lectern topics} prints: the site's topics, configured and discovered, with sizes and example
     * papers, and site.yml entries for the discovered ones. Empty when the input cannot be built.
     */
    public Optional<TopicsReport> topics(Diagnostics diagnostics) {
        if (!checkFolders(diagnostics)) {
            return Optional.empty();
        }
        Optional<SiteConfig> config = new SiteConfigLoader(new StrictYaml()).load(site, new Diagnostics());
        Optional<Site> model = model(diagnostics);
        if (model.isEmpty() || config.isEmpty() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(TopicsReport.of(model.get(), config.get()));
    }

    private void checkOptions(SiteConfig.Options options, Diagnostics diagnostics) {
        if (options.relatedPapers() < 0) {
            diagnostics.error(configLocation("related-papers"), "related-papers cannot be negative",
                    "set it to 0 to show no related papers, or to how many a paper page lists (default 5)");
        }
        if (options.maxTopicsPerPaper() < 1) {
            diagnostics.error(configLocation("max-topics-per-paper"), "max-topics-per-paper must be at least 1",
                    "every paper is filed under at least one topic (default 4)");
        }
        if (options.minTopicPapers() < 1) {
            diagnostics.error(configLocation("min-topic-papers"), "min-topic-papers must be at least 1",
                    "a discovered topic needs this many papers to get a page (default 2)");
        }
        if (options.topicPageSize() < 0) {
            diagnostics.error(configLocation("topic-page-size"), "topic-page-size cannot be negative",
                    "set it to how many papers a topic page shows (default 100), or to 0 to show all on one page");
        }
    }

    private boolean checkFolders(Diagnostics diagnostics) {
        if (!Files.isDirectory(site)) {
            diagnostics.error(Location.of(site), "the site folder does not exist or is not a folder",
                    "pass the folder that holds seeds/ with --site");
            return false;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            diagnostics.error(Location.of(out), "the output path is a file, not a folder",
                    "choose a folder with --out");
            return false;
        }
        Path existing = nearestExisting(out);
        if (existing != null && !Files.isDirectory(existing)) {
            diagnostics.error(Location.of(existing), "the output folder cannot be made: this is a file",
                    "choose a folder with --out whose parent folders exist or can be made");
            return false;
        }
        // compare real paths, so that a symbolic link cannot hide that the output is the site or one of its sources
        Path realSite = realPath(site);
        Path realOut = realPath(out);
        if (realOut.equals(realSite) || realSite.startsWith(realOut)) {
            diagnostics.error(Location.of(out), "the output folder would contain the site folder itself",
                    "build into a folder of its own, such as " + site.resolve("_site"));
            return false;
        }
        for (String source : SOURCE_FOLDERS) {
            if (realOut.startsWith(realPath(site.resolve(source)))) {
                diagnostics.error(Location.of(out), "the output folder is inside the site's " + source + "/ folder",
                        "build into a folder of its own, such as " + site.resolve("_site"));
                return false;
            }
        }
        if (!Files.isDirectory(site.resolve("seeds"))) {
            diagnostics.error(Location.of(site.resolve("seeds")), "the site has no seeds/ folder",
                    "put the listings (.txt files) in " + site.resolve("seeds"));
            return false;
        }
        return true;
    }

    private static Path nearestExisting(Path path) {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** The real path of {@code path}'s nearest existing folder, with the parts that do not exist yet appended. */
    private static Path realPath(Path path) {
        Path existing = nearestExisting(path);
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private List<ListingInput> loadListings(SiteConfig config, Diagnostics diagnostics) {
        Path seeds = site.resolve("seeds");
        List<SiteConfig.ListingConfig> configured = new ArrayList<>(config.listings());
        if (configured.isEmpty()) {
            for (Path file : listFiles(seeds, ".txt", diagnostics)) {
                configured.add(new SiteConfig.ListingConfig(file.getFileName().toString(), null, null, null, null));
            }
        }
        ListingParser parser = new ListingParser();
        Set<String> slugs = new HashSet<>();
        List<ListingInput> inputs = new ArrayList<>();
        List<Optional<ListingSource>> parsed = configured.parallelStream()
                .map(c -> resolveListing(seeds, c, diagnostics).flatMap(f -> parser.parse(f, diagnostics)))
                .toList();
        for (int i = 0; i < configured.size(); i++) {
            SiteConfig.ListingConfig c = configured.get(i);
            if (parsed.get(i).isEmpty()) {
                continue;
            }
            ListingSource source = parsed.get(i).get();
            String slug = c.slug() != null && !c.slug().isBlank()
                    ? explicitSlug(c.slug(), "listing", diagnostics)
                    : Slugs.slugOr(source.baseName(), "listing");
            if (slug == null) {
                continue;
            }
            if (!slugs.add(slug)) {
                diagnostics.error(configLocation(c.file()), "two listings have the slug '" + slug + "'",
                        "give each listing its own `slug:` in site.yml");
                continue;
            }
            String title = c.title() != null && !c.title().isBlank() ? c.title().strip() : titleFromFileName(source);
            inputs.add(new ListingInput(slug, title, c.navTitle().isEmpty() ? title : c.navTitle(), c.description(),
                    source));
        }
        return inputs;
    }

    private Optional<Path> resolveListing(Path seeds, SiteConfig.ListingConfig c, Diagnostics diagnostics) {
        if (c.file() == null || c.file().isBlank()) {
            diagnostics.error(configLocation("listings"), "a listing in site.yml has no `file:`",
                    "name its file in seeds/, such as `file: papers.txt`");
            return Optional.empty();
        }
        Path file = seeds.resolve(c.file()).normalize();
        if (!file.startsWith(seeds)) {
            diagnostics.error(configLocation(c.file()), "listing file '" + c.file() + "' is outside seeds/",
                    "listings must be files in " + seeds);
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(configLocation(c.file()), "listing file '" + c.file() + "' does not exist in seeds/",
                    "check the name; seeds/ has: " + String.join(", ",
                            listFiles(seeds, ".txt", new Diagnostics()).stream().map(p -> p.getFileName().toString()).toList()));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static String titleFromFileName(ListingSource source) {
        String words = source.baseName().replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? "Listing" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private <F> List<ContentDoc<F>> readContent(ContentParser parser, String folder, Class<F> type, F empty,
                                                Diagnostics diagnostics) {
        Path dir = site.resolve("content").resolve(folder);
        List<Path> files = listFiles(dir, ".md", diagnostics);
        return files.parallelStream()
                .map(f -> parser.parse(f, type, empty, diagnostics))
                .flatMap(Optional::stream)
                .toList();
    }

    private List<DigestSource> readDigests(ContentParser content, Diagnostics diagnostics) {
        DigestParser parser = new DigestParser(content);
        return listFiles(site.resolve("content").resolve("digests"), ".md", diagnostics).parallelStream()
                .map(f -> parser.parse(f, diagnostics))
                .flatMap(Optional::stream)
                .toList();
    }

    private ReadingGroup readingGroup(SiteConfig config, Diagnostics diagnostics) {
        SiteConfig.ReadingGroupConfig c = config.readingGroup();
        DayOfWeek day = null;
        if (c.meetingDay() != null) {
            day = dayOfWeek(c.meetingDay());
            if (day == null) {
                diagnostics.error(configLocation("meeting-day"), "meeting-day '" + c.meetingDay() + "' is not a weekday",
                        "write the day's English name, such as `meeting-day: wednesday`");
            }
        }
        return new ReadingGroup(day, c.meetingTime(), c.place());
    }

    /** {@code Wednesday}, {@code wednesday} and {@code Wed} are all Wednesday. */
    private static DayOfWeek dayOfWeek(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(t)
                        || d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(t))
                .findFirst().orElse(null);
    }

    private List<TopicDefinition> taxonomy(SiteConfig config, Diagnostics diagnostics) {
        List<TopicDefinition> topics = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (SiteConfig.TopicConfig t : config.topics()) {
            if (t.name() == null || t.name().isBlank()) {
                diagnostics.error(configLocation("topics"), "a topic in site.yml has no `name:`",
                        "give every topic a name");
                continue;
            }
            String slug = t.slug() != null && !t.slug().isBlank() ? explicitSlug(t.slug(), "topic", diagnostics)
                    : Slugs.slugOr(t.name(), "topic");
            if (slug == null) {
                continue;
            }
            if (!slugs.add(slug)) {
                diagnostics.error(configLocation(t.name()), "two topics have the slug '" + slug + "'",
                        "give one of them another `slug:`");
                continue;
            }
            topics.add(new TopicDefinition(t.name().strip(), slug, t.description(), t.phrases(), t.acronyms(),
                    t.synonyms()));
        }
        return topics;
    }

    /**
     * The slug a site.yml {@code slug:} asks for. Slugs name folders of the output, so only lower-case letters,
     * digits and hyphens are used: other text is turned into such a slug with a warning, and text with none of them
     * ({@code ..}, {@code /}) is an error. Null when it cannot be used.
     */
    private String explicitSlug(String written, String what, Diagnostics diagnostics) {
        String slug = Slugs.slugify(written);
        if (slug.isEmpty()) {
            diagnostics.error(configLocation(written), "the " + what + " slug '" + written
                            + "' has no letters or digits, so it cannot name a folder of the site",
                    "use lower-case letters, digits and hyphens, such as `slug: my-" + what + "`");
            return null;
        }
        if (!slug.equals(written.strip())) {
            diagnostics.warning(configLocation(written), "the " + what + " slug '" + written
                            + "' is not a plain URL name; the site uses '" + slug + "'",
                    "write `slug: " + slug + "` to keep this URL and silence the warning");
        }
        return slug;
    }

    /** The line of site.yml that mentions {@code needle}, for messages about a value Jackson already bound. */
    private Location configLocation(String needle) {
        Path file = site.resolve("site.yml");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (needle != null && lines.get(i).contains(needle)) {
                    return Location.of(file, i + 1);
                }
            }
        } catch (IOException e) {
            return Location.of(file);
        }
        return Location.of(file);
    }

    private static List<Path> listFiles(Path dir, String extension, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            diagnostics.error(Location.of(dir), "cannot list the folder: " + e.getMessage(), "check its permissions");
            return List.of();
        }
    }

    private static Outcome failed(Diagnostics diagnostics) {
        return new Outcome(false, diagnostics, 0, 0, 0, 0, 0);
    }

    /** Hears how far rendering has got. */
    @FunctionalInterface
    public interface ProgressListener {
        void pagesDone(int done, int total);
    }
}

package dev.lectern.render;

import dev.lectern.model.Listing;
import dev.lectern.model.Page;
import dev.lectern.model.Paper;
import dev.lectern.model.SafeUrl;
import dev.lectern.model.Site;
import dev.lectern.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the view record of each page from the model: every link made relative to the page it appears on, every
 * text ready to print, every piece of HTML already rendered. Templates only lay these out.
 */
final class ViewFactory {

    /** Topics the home page shows. */
    static final int HOME_TOPICS = 12;
    /** Listings up to this many get an entry of their own in the navigation bar. */
    static final int NAV_LISTINGS = 4;

    private final Site site;
    private final Markdown markdown;

    ViewFactory(Site site, Markdown markdown) {
        this.site = site;
        this.markdown = markdown;
    }

    /** The sections of the navigation bar. */
    private enum Section { HOME, LISTING, TOPICS, PAGE, NONE }

    IndexView index() {
        String path = SitePaths.HOME;
        RelativeUrl url = RelativeUrl.from(path);
        List<Summary> listings = site.listings().stream().map(l -> listingSummary(l, url)).toList();
        List<Summary> topics = site.topics().stream().limit(HOME_TOPICS).map(t -> topicSummary(t, url)).toList();
        return new IndexView(chrome(path, site.info().title(), site.info().description(), Section.HOME, "", List.of()),
                markdown.toHtml(site.info().description()), site.papers().size(), listings, topics,
                new Link(url.to(SitePaths.TOPICS), site.topics().size() == 1 ? "The topic" : "All " + site.topics().size() + " topics"));
    }

    ListingView listing(Listing listing) {
        String path = SitePaths.listing(listing.slug());
        RelativeUrl url = RelativeUrl.from(path);
        List<PaperCard> cards = listing.paperSlugs().stream().map(s -> card(site.paper(s), url)).toList();
        return new ListingView(
                chrome(path, listing.title(), firstSentence(listing.description()), Section.LISTING, listing.slug(),
                        List.of(home(url))),
                listing.title(), markdown.toHtml(listing.description()), listing.file(), cards);
    }

    PaperView paper(Paper paper) {
        String path = SitePaths.paper(paper.slug());
        RelativeUrl url = RelativeUrl.from(path);
        List<PaperView.TopicChip> topics = paper.topics().stream()
                .map(a -> new PaperView.TopicChip(topicLink(a.topicSlug(), url), a.reason())).toList();
        List<PaperView.ListingLine> lines = paper.occurrences().stream()
                .map(o -> new PaperView.ListingLine(
                        new Link(url.to(SitePaths.listing(o.listingSlug()) + "#" + cardId(paper.slug())),
                                site.listing(o.listingSlug()).title()),
                        fileName(o.file()), o.line(), AbstractHtml.of(o.text()),
                        o.text().equals(paper.abstractText())))
                .toList();
        List<PaperCard> related = paper.related().stream().map(s -> card(site.paper(s), url)).toList();
        List<Link> links = new ArrayList<>();
        if (paper.info().arxivUrl() != null) {
            links.add(new Link(paper.info().arxivUrl(), "arXiv:" + paper.info().arxivId()));
        }
        for (Map.Entry<String, String> e : paper.info().links().entrySet()) {
            boolean duplicate = links.stream().anyMatch(l -> sameUrl(l.href(), e.getValue()));
            if (SafeUrl.isSafe(e.getValue()) && !duplicate) {
                links.add(new Link(e.getValue(), e.getKey()));
            }
        }
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(home(url));
        if (!paper.occurrences().isEmpty()) {
            Listing first = site.listing(paper.occurrences().get(0).listingSlug());
            crumbs.add(new Link(url.to(SitePaths.listing(first.slug())), first.title()));
        }
        String description = truncate(paper.abstractText().plain(), 200);
        return new PaperView(chrome(path, paper.title(), description, Section.NONE, "", crumbs),
                paper.title(), paper.titleDerived(), AbstractHtml.of(paper.abstractText()),
                String.join(", ", paper.info().authors()),
                paper.info().year() == null ? "" : String.valueOf(paper.info().year()),
                paper.info().venue() == null ? "" : paper.info().venue(),
                links, topics, lines, related, markdown.toHtml(paper.info().notes()));
    }

    TopicView topic(Topic topic) {
        String path = SitePaths.topic(topic.slug());
        RelativeUrl url = RelativeUrl.from(path);
        List<PaperCard> cards = topic.paperSlugs().stream().map(s -> card(site.paper(s), url)).toList();
        List<Summary> related = topic.related().stream()
                .map(r -> new Summary(topicLink(r.slug(), url), r.sharedPapers(), ""))
                .toList();
        return new TopicView(
                chrome(path, topic.name(), firstSentence(topic.description()), Section.TOPICS, "",
                        List.of(home(url), new Link(url.to(SitePaths.TOPICS), "Topics"))),
                topic.name(), markdown.toHtml(topic.description()), topic.discovered(), cards, related);
    }

    TopicsView topics() {
        String path = SitePaths.TOPICS;
        RelativeUrl url = RelativeUrl.from(path);
        List<Summary> topics = site.topics().stream()
                .sorted(Comparator.comparing((Topic t) -> -t.paperSlugs().size()).thenComparing(Topic::name))
                .map(t -> topicSummary(t, url)).toList();
        return new TopicsView(chrome(path, "Topics", "All topics of " + site.info().title(), Section.TOPICS, "",
                List.of(home(url))), topics);
    }

    PageView page(Page page) {
        String path = SitePaths.page(page.slug());
        RelativeUrl url = RelativeUrl.from(path);
        return new PageView(chrome(path, page.title(), page.description(), Section.PAGE, page.slug(),
                List.of(home(url))), page.title(), markdown.toHtml(page.body()));
    }

    /** The HTML id of a paper's card on listing and topic pages. */
    static String cardId(String paperSlug) {
        return "paper-" + paperSlug;
    }

    private PaperCard card(Paper paper, RelativeUrl url) {
        List<Link> topics = paper.topics().stream().map(a -> topicLink(a.topicSlug(), url)).toList();
        List<Link> listings = paper.listingSlugs().stream()
                .map(s -> new Link(url.to(SitePaths.listing(s) + "#" + cardId(paper.slug())), site.listing(s).title()))
                .toList();
        return new PaperCard(new Link(url.to(SitePaths.paper(paper.slug())), paper.title()), cardId(paper.slug()),
                AbstractHtml.of(paper.abstractText()), topics, listings);
    }

    private Link topicLink(String slug, RelativeUrl url) {
        return new Link(url.to(SitePaths.topic(slug)), site.topic(slug).name());
    }

    private Summary listingSummary(Listing listing, RelativeUrl url) {
        return new Summary(new Link(url.to(SitePaths.listing(listing.slug())), listing.title()),
                listing.paperSlugs().size(), markdown.toHtml(listing.description()));
    }

    private Summary topicSummary(Topic topic, RelativeUrl url) {
        return new Summary(topicLink(topic.slug(), url), topic.paperSlugs().size(),
                markdown.toHtml(firstSentence(topic.description())));
    }

    private Link home(RelativeUrl url) {
        return new Link(url.to(SitePaths.HOME), "Home");
    }

    private Chrome chrome(String path, String title, String description, Section section, String sectionSlug,
                          List<Link> breadcrumbs) {
        RelativeUrl url = RelativeUrl.from(path);
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem(url.to(SitePaths.HOME), "Home", section == Section.HOME));
        if (site.listings().size() <= NAV_LISTINGS) {
            for (Listing l : site.listings()) {
                nav.add(new NavItem(url.to(SitePaths.listing(l.slug())), l.title(),
                        section == Section.LISTING && l.slug().equals(sectionSlug)));
            }
        }
        nav.add(new NavItem(url.to(SitePaths.TOPICS), "Topics", section == Section.TOPICS));
        site.pages().stream()
                .filter(p -> p.navOrder() != null)
                .sorted(Comparator.comparing(Page::navOrder).thenComparing(Page::slug))
                .forEach(p -> nav.add(new NavItem(url.to(SitePaths.page(p.slug())), p.title(),
                        section == Section.PAGE && p.slug().equals(sectionSlug))));
        List<Link> footer = site.pages().stream()
                .map(p -> new Link(url.to(SitePaths.page(p.slug())), p.title())).toList();
        return new Chrome(site.info().title(), title, site.info().language(),
                description == null || description.isBlank() ? site.info().description() : description,
                SitePaths.absolute(site.info().baseUrl(), path), url.toRoot(), url.to(SitePaths.HOME), nav,
                breadcrumbs, footer);
    }

    private static boolean sameUrl(String a, String b) {
        return a.strip().replaceFirst("^http://", "https://").replaceFirst("/$", "")
                .equals(b.strip().replaceFirst("^http://", "https://").replaceFirst("/$", ""));
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static String firstSentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = text.strip().replaceAll("[*_`#>\\[\\]]", "");
        int end = plain.indexOf(". ");
        return truncate(end < 0 ? plain : plain.substring(0, end + 1), 200);
    }

    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}

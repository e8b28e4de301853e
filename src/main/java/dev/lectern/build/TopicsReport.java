package dev.lectern.build;

import dev.lectern.config.SiteConfig;
import dev.lectern.config.StrictYaml;
import dev.lectern.model.Paper;
import dev.lectern.model.Site;
import dev.lectern.model.Slugs;
import dev.lectern.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's topics as {@code lectern topics} prints them, for curating the taxonomy: configured and discovered
 * topics with sizes and example papers, and site.yml entries that make the discovered topics configured ones.
 *
 * @param papers         papers on the site
 * @param configured     the topics of site.yml, in its order, those that match no paper too
 * @param discovered     the topics Lectern found in the listings, largest first
 * @param byRelated      papers filed only because their related papers are (their words name no topic)
 * @param other          papers under "Other papers"
 * @param suggestedYaml  site.yml entries for the discovered topics, under a {@code topics:} key, or empty
 */
public record TopicsReport(int papers, List<Entry> configured, List<Entry> discovered, int byRelated, int other,
                           String suggestedYaml) {

    /** Example papers shown per topic. */
    static final int EXAMPLES = 3;

    public TopicsReport {
        configured = List.copyOf(configured);
        discovered = List.copyOf(discovered);
    }

    /**
     * One topic.
     *
     * @param slug        its slug
     * @param name        its name
     * @param papers      how many papers it has (0 for a configured topic that matches none)
     * @param matchedBy   the phrases (quoted) and acronyms that file a paper under it
     * @param foundForms  acronyms the listings define for a configured topic's phrases, which site.yml lacks
     * @param examples    titles of its most central papers
     */
    public record Entry(String slug, String name, int papers, List<String> matchedBy, List<String> foundForms,
                        List<String> examples) {
        public Entry {
            matchedBy = List.copyOf(matchedBy);
            foundForms = List.copyOf(foundForms);
            examples = List.copyOf(examples);
        }
    }

    static TopicsReport of(Site site, SiteConfig config) {
        List<Entry> configured = new ArrayList<>();
        for (SiteConfig.TopicConfig t : config.topics()) {
            String slug = t.slug() != null && !t.slug().isBlank() ? Slugs.slugify(t.slug())
                    : Slugs.slugOr(t.name() == null ? "" : t.name(), "topic");
            List<String> matchedBy = new ArrayList<>();
            t.phrases().forEach(p -> matchedBy.add(quote(p)));
            t.synonyms().forEach(p -> matchedBy.add(quote(p)));
            matchedBy.addAll(t.acronyms());
            Topic topic = site.findTopic(slug).orElse(null);
            List<String> found = new ArrayList<>();
            if (topic != null) {
                topic.acronyms().stream().filter(a -> !t.acronyms().contains(a)).forEach(found::add);
            }
            configured.add(new Entry(slug, t.name(), topic == null ? 0 : topic.paperSlugs().size(), matchedBy, found,
                    topic == null ? List.of() : examples(site, topic)));
        }
        List<Entry> discovered = new ArrayList<>();
        List<SiteConfig.TopicConfig> suggestions = new ArrayList<>();
        for (Topic topic : site.topics()) {
            if (!topic.discovered()) {
                continue;
            }
            List<String> matchedBy = new ArrayList<>();
            topic.phrases().forEach(p -> matchedBy.add(quote(p)));
            matchedBy.addAll(topic.acronyms());
            discovered.add(new Entry(topic.slug(), topic.name(), topic.paperSlugs().size(), matchedBy, List.of(),
                    examples(site, topic)));
            suggestions.add(new SiteConfig.TopicConfig(topic.name(), topic.slug(), null, topic.phrases(),
                    topic.acronyms(), null));
        }
        int byRelated = 0;
        int other = 0;
        for (Paper paper : site.papers()) {
            Paper.TopicAssignment main = paper.topics().get(0);
            if (main.topicSlug().equals(Topic.OTHER_SLUG)) {
                other++;
            } else if (main.inferred()) {
                byRelated++;
            }
        }
        String yaml = "";
        if (!suggestions.isEmpty()) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("topics", suggestions);
            yaml = new StrictYaml().write(root);
        }
        return new TopicsReport(site.papers().size(), configured, discovered, byRelated, other, yaml);
    }

    private static List<String> examples(Site site, Topic topic) {
        return topic.paperSlugs().stream().limit(EXAMPLES).map(s -> site.paper(s).title()).toList();
    }

    private static String quote(String phrase) {
        return "\u201c" + phrase + "\u201d";
    }
}

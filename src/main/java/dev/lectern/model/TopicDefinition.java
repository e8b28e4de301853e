package dev.lectern.model;

import java.util.List;

/**
 * A topic of the site's taxonomy and the words that place a paper in it.
 *
 * @param name        the topic's name
 * @param slug        its URL name
 * @param description a sentence or two (Markdown), may be empty
 * @param phrases     phrases matched on analyzed words: case, plurals and hyphenation do not matter
 * @param acronyms    short forms matched as written, case included ({@code RL}, {@code KD})
 * @param synonyms    further phrases that mean the same, matched like {@code phrases}
 */
public record TopicDefinition(String name, String slug, String description, List<String> phrases,
                              List<String> acronyms, List<String> synonyms) {
    public TopicDefinition {
        phrases = List.copyOf(phrases);
        acronyms = List.copyOf(acronyms);
        synonyms = List.copyOf(synonyms);
    }
}

package dev.lectern.model;

/**
 * What the site says about itself.
 *
 * @param title       the site's name
 * @param description a sentence or two about it
 * @param baseUrl     where it is published (ends in {@code /}), or empty when unknown
 * @param language    the pages' language tag
 */
public record SiteInfo(String title, String description, String baseUrl, String language) {
}

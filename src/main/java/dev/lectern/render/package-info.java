/** Turns the model into files: Freemarker templates, Markdown, relative URLs, feeds and the search index. */
package dev.lectern.render;

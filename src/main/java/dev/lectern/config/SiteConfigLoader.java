package dev.lectern.config;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import dev.lectern.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code site.yml}; a site folder without one gets the defaults. */
public final class SiteConfigLoader {

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s\"'<>\\\\`]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,8}");

    private final StrictYaml yaml;

    public SiteConfigLoader(StrictYaml yaml) {
        this.yaml = yaml;
    }

    /**
     * Reads {@code <site>/site.yml}; a site without one gets {@link SiteConfig#defaults()}. Problems go to
     * {@code diagnostics}; the result is empty when the file cannot be used.
     */
    public Optional<SiteConfig> load(Path siteDir, Diagnostics diagnostics) {
        Path file = siteDir.resolve("site.yml");
        if (!Files.exists(file)) {
            return Optional.of(SiteConfig.defaults());
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            // a UTF-8 character takes at most 4 bytes; StrictYaml checks the exact length in characters
            if (size > 4L * StrictYaml.MAX_YAML_CHARS) {
                diagnostics.error(Location.of(file), "site.yml is too large (" + size + " bytes)",
                        "site.yml holds settings; keep it under " + StrictYaml.MAX_YAML_CHARS + " characters");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read site.yml: " + e.getMessage(),
                    "check that the file is readable");
            return Optional.empty();
        }
        Optional<String> decoded = SourceText.decode(file, bytes, "site.yml", diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        return read(file, decoded.get(), diagnostics);
    }

    /** Reads the text of a site.yml named {@code file}: binds it and checks its values. Never throws. */
    public Optional<SiteConfig> read(Path file, String text, Diagnostics diagnostics) {
        if (text.isBlank()) {
            return Optional.of(SiteConfig.defaults());
        }
        Optional<SiteConfig> config = yaml.read(text, file, 0, SiteConfig.class, SiteConfig.defaults(), diagnostics);
        if (config.isEmpty() || !valuesAreValid(config.get(), file, text, diagnostics)) {
            return Optional.empty();
        }
        return config;
    }

    /** Values that bind to the right type but cannot be used, such as a base URL that is not a web address. */
    private static boolean valuesAreValid(SiteConfig config, Path file, String text, Diagnostics diagnostics) {
        boolean valid = true;
        if (!config.baseUrl().isEmpty() && !WEB_URL.matcher(config.baseUrl()).matches()) {
            diagnostics.error(Location.of(file, lineOf(text, "base-url")),
                    "base-url must be a web address starting with https:// or http://",
                    "write it as `base-url: https://you.github.io/your-repo/`, or leave it out");
            valid = false;
        }
        if (!LANGUAGE_TAG.matcher(config.language()).matches()) {
            diagnostics.error(Location.of(file, lineOf(text, "language")),
                    "language must be a language tag such as en, de or pt-BR",
                    "write the language of the site's text as a BCP 47 tag");
            valid = false;
        }
        return valid; // the options' ranges are checked by the build, which knows what each is for
    }

    /** The line of the first {@code key:} in {@code text}, or 0 when it is not there. */
    private static int lineOf(String text, String key) {
        Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (keyLine.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}

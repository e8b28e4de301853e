package dev.lectern.config;

import dev.lectern.Diagnostics;
import dev.lectern.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code site.yml}; a site folder without one gets the defaults. */
public final class SiteConfigLoader {

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
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read site.yml: " + e.getMessage(),
                    "check that the file is readable UTF-8 text");
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.of(SiteConfig.defaults());
        }
        return yaml.read(text, file, 0, SiteConfig.class, SiteConfig.defaults(), diagnostics);
    }
}

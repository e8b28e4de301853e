package dev.lectern.build;

import dev.lectern.Diagnostics;
import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfigLoader;
import dev.lectern.config.StrictYaml;
import dev.lectern.model.Slugs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code lectern pack}: a zip of a built site for handing out (unzip, open {@code index.html}). Everything is in one
 * folder named after the site; entries are sorted and carry a fixed time, so the same site gives the same zip.
 */
public final class SitePack {

    /** The time every entry carries: the zip format's own epoch, so that no build time leaks in. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private SitePack() {
    }

    /** The name of the zip and of its top folder: the site's title as a slug, such as {@code reading-group}. */
    public static String nameOf(Path site) {
        SiteConfig config = new SiteConfigLoader(new StrictYaml()).load(site, new Diagnostics())
                .orElse(SiteConfig.defaults());
        String slug = Slugs.slugify(config.title());
        return slug.isEmpty() ? "site" : slug;
    }

    /**
     * Writes every file of the built site in {@code out} (Lectern's own {@code .lectern/} aside) into {@code zip},
     * under the folder {@code folder}; the zip is written next to its place and moved there when complete.
     *
     * @return the number of files packed
     */
    public static int zip(Path out, Path zip, String folder) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Path target = zip.toAbsolutePath().normalize();
        if (target.startsWith(root)) {
            throw new IllegalArgumentException("the zip may not be inside the site it packs: " + target);
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".lectern") && !p.startsWith(".lectern/"))
                    .sorted()
                    .toList();
        }
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream stream = Files.newOutputStream(temp); ZipOutputStream zipped = new ZipOutputStream(stream)) {
            zipped.setLevel(9);
            String top = folder.isEmpty() ? "" : folder + "/";
            java.util.Set<String> folders = new java.util.TreeSet<>();
            if (!top.isEmpty()) {
                folders.add(top);
            }
            for (String file : files) {
                for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                    folders.add(top + file.substring(0, slash + 1));
                }
            }
            java.util.Map<String, String> entries = new java.util.TreeMap<>();
            folders.forEach(f -> entries.put(f, null));
            files.forEach(f -> entries.put(top + f, f));
            for (java.util.Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zipped.putNextEntry(entry);
                if (e.getValue() != null) {
                    Files.copy(root.resolve(e.getValue()), zipped);
                }
                zipped.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }
}

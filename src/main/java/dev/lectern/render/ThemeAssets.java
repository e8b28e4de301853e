package dev.lectern.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static files of the theme ({@code templates/assets/}): the built-in theme's, with any file of the same name
 * in the site's own {@code templates/assets/} taking its place.
 */
final class ThemeAssets {

    private ThemeAssets() {
    }

    /** Asset name (such as {@code lectern.css}) to its bytes, ordered by name. */
    static Map<String, byte[]> collect(Path siteTemplates) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        readBuiltIn(assets);
        if (siteTemplates != null) {
            readFolder(siteTemplates.resolve("assets"), assets);
        }
        return assets;
    }

    private static void readBuiltIn(Map<String, byte[]> assets) throws IOException {
        URL root = ThemeAssets.class.getResource(Templates.THEME_RESOURCE_ROOT + "/assets");
        if (root == null) {
            return;
        }
        URI uri;
        try {
            uri = root.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("unreadable theme location " + root, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                readFolder(fs.provider().getPath(uri), assets);
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } else {
            readFolder(Path.of(uri), assets);
        }
    }

    private static void readFolder(Path folder, Map<String, byte[]> assets) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                assets.put(name, Files.readAllBytes(file));
            }
        }
    }
}

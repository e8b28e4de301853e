package dev.lectern.write;

/**
 * One file of the built site.
 *
 * @param path  its path inside the output folder, with {@code /} separators, never absolute, never with {@code ..}
 * @param bytes its content
 */
public record OutputFile(String path, byte[] bytes) {

    public OutputFile {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || java.util.Arrays.asList(path.split("/")).stream().anyMatch(p -> p.equals("..") || p.equals("."))) {
            throw new IllegalArgumentException("not a safe output path: " + path);
        }
    }
}

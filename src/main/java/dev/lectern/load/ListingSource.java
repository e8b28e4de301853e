package dev.lectern.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A listing file as read: its paper lines in file order.
 *
 * @param file          the file read
 * @param declaredCount the count its header line announces, or -1 when it has no header
 * @param entries       the paper lines, in file order
 */
public record ListingSource(Path file, int declaredCount, List<ListingEntry> entries) {

    public ListingSource {
        entries = List.copyOf(entries);
    }

    /** The file name without {@code .txt}, the listing's default slug and title. */
    public String baseName() {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }
}

package dev.lectern.model;

import dev.lectern.Diagnostics;
import dev.lectern.load.ListingEntry;
import dev.lectern.load.ListingParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The abstracts of test listings: the repository's seeds, or a listing of another field from the test resources. */
final class Listings {

    private Listings() {
    }

    /** Every abstract of the repository's {@code seeds/*.txt}, each once (three papers are in both listings). */
    static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return abstractsOf(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }

    /** The abstracts of {@code src/test/resources/listings/<name>.txt}. */
    static List<String> resource(String name) {
        return abstractsOf(List.of(Path.of("src/test/resources/listings", name + ".txt")));
    }

    private static List<String> abstractsOf(List<Path> files) {
        Set<String> abstracts = new LinkedHashSet<>();
        for (Path file : files) {
            for (ListingEntry entry : new ListingParser().parse(file, new Diagnostics()).orElseThrow().entries()) {
                abstracts.add(entry.text());
            }
        }
        return new ArrayList<>(abstracts);
    }

    static List<AnalyzedText> analyzed(List<String> abstracts, TermAnalyzer analyzer) {
        return abstracts.stream().map(analyzer::analyze).toList();
    }
}

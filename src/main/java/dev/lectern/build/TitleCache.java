package dev.lectern.build;

import dev.lectern.CodeVersion;
import dev.lectern.write.SiteWriter;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The titles derived from abstracts by the last build, kept in the output's {@code .lectern/titles.bin} for the
 * next one (see {@link dev.lectern.model.DerivedTitles}). Only the same code's titles are used; a file that cannot be
 * read is as none, and the titles are derived again.
 */
final class TitleCache {

    static final String FILE = "titles.bin";
    private static final String MAGIC = "lectern titles 1";

    private TitleCache() {
    }

    /**
     * The titles in {@code out}'s state folder, read without taking the output's lock: the file is replaced in one
     * step, so a build writing meanwhile leaves the old file or the new one. Empty when there are none.
     */
    static Map<Long, String> read(Path out) {
        Path state = out.resolve(SiteWriter.STATE_DIR);
        Path file = state.resolve(FILE);
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
            DataInputStream data = new DataInputStream(in);
            if (!data.readUTF().equals(MAGIC) || data.readLong() != CodeVersion.fingerprint()) {
                return Map.of();
            }
            int count = data.readInt();
            if (count < 0 || count > 1 << 24) {
                return Map.of();
            }
            Map<Long, String> titles = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                titles.put(data.readLong(), data.readUTF());
            }
            return data.read() == -1 ? titles : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Replaces the titles in {@code writer}'s state folder with {@code titles}; after the writer committed. */
    static void write(SiteWriter writer, Map<Long, String> titles) throws IOException {
        Map<Long, String> sorted = new TreeMap<>(titles);
        writer.writeState(FILE, stream -> {
            DataOutputStream data = new DataOutputStream(stream);
            data.writeUTF(MAGIC);
            data.writeLong(CodeVersion.fingerprint());
            data.writeInt(sorted.size());
            for (Map.Entry<Long, String> title : sorted.entrySet()) {
                data.writeLong(title.getKey());
                data.writeUTF(title.getValue());
            }
            data.flush();
        });
    }
}

package dev.lectern.build;

import dev.lectern.CodeVersion;
import dev.lectern.model.ModelMemory;
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
 * What the model found in the last build ({@link ModelMemory}: derived titles, related papers), kept in the output's
 * {@code .lectern/model.bin} for the next one. Only the same code's results are used; a file that cannot be read is
 * as none, and everything is computed again.
 */
final class ModelCache {

    static final String FILE = "model.bin";
    private static final String MAGIC = "lectern model 1";
    /** No site has more papers, or a paper more related ones, than this; a larger count means damage. */
    private static final int MAX_COUNT = 1 << 24;

    private ModelCache() {
    }

    /**
     * The memory in {@code out}'s state folder, read without taking the output's lock: the file is replaced in one
     * step, so a build writing meanwhile leaves the old file or the new one. Empty when there is none.
     */
    static ModelMemory read(Path out) {
        Path state = out.resolve(SiteWriter.STATE_DIR);
        Path file = state.resolve(FILE);
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return ModelMemory.none();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
            DataInputStream data = new DataInputStream(in);
            if (!data.readUTF().equals(MAGIC) || data.readLong() != CodeVersion.fingerprint()) {
                return ModelMemory.none();
            }
            int count = count(data.readInt());
            Map<Long, String> titles = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                titles.put(data.readLong(), data.readUTF());
            }
            long relatedKey = data.readLong();
            int[][] related = null;
            if (data.readBoolean()) {
                related = new int[count(data.readInt())][];
                for (int d = 0; d < related.length; d++) {
                    related[d] = new int[count(data.readInt())];
                    for (int i = 0; i < related[d].length; i++) {
                        int j = data.readInt();
                        if (j < 0 || j >= related.length) {
                            return ModelMemory.none();
                        }
                        related[d][i] = j;
                    }
                }
            }
            return data.read() == -1 ? new ModelMemory(titles, relatedKey, related) : ModelMemory.none();
        } catch (IOException | RuntimeException e) {
            return ModelMemory.none();
        }
    }

    /** Replaces the memory in {@code writer}'s state folder with {@code memory}; after the writer committed. */
    static void write(SiteWriter writer, ModelMemory memory) throws IOException {
        Map<Long, String> titles = new TreeMap<>(memory.titles());
        int[][] related = memory.related();
        writer.writeState(FILE, stream -> {
            DataOutputStream data = new DataOutputStream(stream);
            data.writeUTF(MAGIC);
            data.writeLong(CodeVersion.fingerprint());
            data.writeInt(titles.size());
            for (Map.Entry<Long, String> title : titles.entrySet()) {
                data.writeLong(title.getKey());
                data.writeUTF(title.getValue());
            }
            data.writeLong(memory.relatedKey());
            data.writeBoolean(related != null);
            if (related != null) {
                data.writeInt(related.length);
                for (int[] list : related) {
                    data.writeInt(list.length);
                    for (int j : list) {
                        data.writeInt(j);
                    }
                }
            }
            data.flush();
        });
    }

    private static int count(int n) throws IOException {
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("damaged model cache");
        }
        return n;
    }
}

package dev.lectern.build;

import dev.lectern.CodeVersion;
import dev.lectern.model.ModelMemory;
import dev.lectern.write.SiteWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the model found in the last build ({@link ModelMemory}: derived titles, related papers, topics), kept in the
 * output's {@code .lectern/model.bin} for the next one. Only the same code's results are used; a file that cannot be
 * read is as none, and everything is computed again.
 */
final class ModelCache {

    static final String FILE = "model.bin";
    private static final String MAGIC = "lectern model 3";
    /** No site has more papers, or a paper more related ones, than this; a larger count means damage. */
    private static final int MAX_COUNT = 1 << 24;
    /** No title is longer than this many bytes; a longer one means damage. */
    private static final int MAX_TITLE = 1 << 16;
    /** What topic discovery found takes less than this; more means damage. */
    private static final int MAX_TOPICS = 1 << 30;

    private ModelCache() {
    }

    /** The memory the last build left in {@code out}'s state folder; none when there is none or it is damaged. */
    static ModelMemory read(Path out) {
        try (InputStream in = SiteWriter.readState(out, FILE)) {
            if (in == null) {
                return ModelMemory.none();
            }
            Binary.In data = new Binary.In(in);
            if (!new String(data.readBytes(64), StandardCharsets.UTF_8).equals(MAGIC)
                    || data.readLong() != CodeVersion.fingerprint()) {
                return ModelMemory.none();
            }
            int count = count(data.readInt());
            Map<Long, String> titles = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                titles.put(data.readLong(), new String(data.readBytes(MAX_TITLE), StandardCharsets.UTF_8));
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
            long topicsKey = data.readLong();
            byte[] topics = data.readBoolean() ? data.readBytes(MAX_TOPICS) : null;
            return data.atEnd() ? new ModelMemory(titles, relatedKey, related, topicsKey, topics) : ModelMemory.none();
        } catch (IOException | RuntimeException e) {
            return ModelMemory.none();
        }
    }

    /** Replaces the memory in {@code writer}'s state folder with {@code memory}; after the writer committed. */
    static void write(SiteWriter writer, ModelMemory memory) throws IOException {
        Map<Long, String> titles = new TreeMap<>(memory.titles());
        int[][] related = memory.related();
        writer.writeState(FILE, stream -> {
            Binary.Out data = new Binary.Out(stream);
            data.writeBytes(MAGIC.getBytes(StandardCharsets.UTF_8));
            data.writeLong(CodeVersion.fingerprint());
            data.writeInt(titles.size());
            for (Map.Entry<Long, String> title : titles.entrySet()) {
                data.writeLong(title.getKey());
                data.writeBytes(title.getValue().getBytes(StandardCharsets.UTF_8));
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
            data.writeLong(memory.topicsKey());
            data.writeBoolean(memory.topics() != null);
            if (memory.topics() != null) {
                data.writeBytes(memory.topics());
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

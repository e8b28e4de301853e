package dev.lectern.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TopicDiscovery.Result} as bytes, for {@link ModelMemory} to keep between builds: the topics and, for each
 * paper, the topics it mentions. A reason ("mentions “knowledge distillation”") is written once and then referred to
 * by number. {@link #decode} refuses bytes that are not such a result instead of inventing one.
 */
final class TopicsCodec {

    /** No result has more of anything (papers, topics, phrases) than this; more means damage. */
    private static final int MAX_COUNT = 1 << 24;

    private TopicsCodec() {
    }

    static byte[] encode(TopicDiscovery.Result result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(result.minPapers());
            out.writeInt(result.taxonomy().size());
            for (TopicDefinition t : result.taxonomy()) {
                writeDefinition(out, t);
            }
            out.writeInt(result.discovered().size());
            for (TopicDiscovery.Found f : result.discovered()) {
                writeDefinition(out, f.definition());
                out.writeInt(f.kind().ordinal());
                out.writeInt(f.paperCount());
            }
            Map<String, Integer> reasons = new HashMap<>();
            out.writeInt(result.matches().size());
            for (List<TopicMatcher.Match> matches : result.matches()) {
                out.writeInt(matches.size());
                for (TopicMatcher.Match m : matches) {
                    out.writeInt(m.topic());
                    out.writeInt(m.count());
                    out.writeInt(m.firstPosition());
                    Integer known = reasons.putIfAbsent(m.reason(), reasons.size());
                    out.writeInt(known == null ? -1 : known);
                    if (known == null) {
                        writeString(out, m.reason());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The result {@link #encode} wrote; an {@link IOException} when the bytes are not one. */
    static TopicDiscovery.Result decode(byte[] bytes) throws IOException {
        // a buffer, not a DataInputStream over a ByteArrayInputStream, whose reads lock it byte by byte: at 100,000
        // papers decoding took 0.25 s of a rebuild, on one core while the other waited
        ByteBuffer in = ByteBuffer.wrap(bytes); // big-endian, as DataOutputStream writes
        try {
            return decode(in);
        } catch (BufferUnderflowException e) {
            throw new IOException("fewer bytes than a result");
        }
    }

    private static TopicDiscovery.Result decode(ByteBuffer in) throws IOException {
        int minPapers = in.getInt();
        List<TopicDefinition> taxonomy = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            taxonomy.add(readDefinition(in));
        }
        List<TopicDiscovery.Found> discovered = new ArrayList<>();
        TopicDiscovery.Kind[] kinds = TopicDiscovery.Kind.values();
        for (int i = count(in); i > 0; i--) {
            TopicDefinition definition = readDefinition(in);
            int kind = in.getInt();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("not a kind of topic: " + kind);
            }
            discovered.add(new TopicDiscovery.Found(definition, kinds[kind], in.getInt()));
        }
        int topics = taxonomy.size() + discovered.size();
        List<String> reasons = new ArrayList<>();
        int papers = count(in);
        List<List<TopicMatcher.Match>> matches = new ArrayList<>(papers);
        for (int p = 0; p < papers; p++) {
            int n = count(in);
            List<TopicMatcher.Match> paper = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int topic = in.getInt();
                if (topic < 0 || topic >= topics) {
                    throw new IOException("no topic " + topic);
                }
                int mentions = in.getInt();
                int first = in.getInt();
                int reason = in.getInt();
                if (reason == -1) {
                    reasons.add(readString(in));
                    reason = reasons.size() - 1;
                } else if (reason < 0 || reason >= reasons.size()) {
                    throw new IOException("no reason " + reason);
                }
                paper.add(new TopicMatcher.Match(topic, mentions, first, reasons.get(reason)));
            }
            matches.add(List.copyOf(paper));
        }
        if (in.hasRemaining()) {
            throw new IOException("more bytes than a result");
        }
        return new TopicDiscovery.Result(List.copyOf(taxonomy), List.copyOf(discovered), List.copyOf(matches),
                minPapers);
    }

    private static void writeDefinition(DataOutputStream out, TopicDefinition t) throws IOException {
        writeString(out, t.name());
        writeString(out, t.slug());
        writeString(out, t.description());
        for (List<String> words : List.of(t.phrases(), t.acronyms(), t.synonyms())) {
            out.writeInt(words.size());
            for (String w : words) {
                writeString(out, w);
            }
        }
    }

    private static TopicDefinition readDefinition(ByteBuffer in) throws IOException {
        String name = readString(in);
        String slug = readString(in);
        String description = readString(in);
        List<List<String>> words = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<String> list = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                list.add(readString(in));
            }
            words.add(list);
        }
        return new TopicDefinition(name, slug, description, words.get(0), words.get(1), words.get(2));
    }

    /** A string, or null: its UTF-8 length (-1 for null), then its bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.remaining()) {
            throw new IOException("a string of " + n + " bytes");
        }
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("a count of " + n);
        }
        return n;
    }
}

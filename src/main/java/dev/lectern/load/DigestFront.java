package dev.lectern.load;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Front matter of a reading-group meeting ({@code content/digests/<yyyy-mm-dd>-<slug>.md}).
 *
 * @param date   the meeting's day, {@code yyyy-mm-dd} (default: the date the file name starts with)
 * @param title  the meeting's title
 * @param hosts  who leads it ({@code host:} with one name works too)
 * @param status {@code upcoming} or {@code held}
 * @param time   when it starts, as the group writes it (default: site.yml's {@code reading-group.meeting-time})
 * @param place  where it is (default: site.yml's {@code reading-group.place})
 * @param papers the papers discussed, in the order of the meeting
 */
public record DigestFront(
        @JsonDeserialize(using = YamlText.class) String date,
        @JsonDeserialize(using = YamlText.class) String title,
        @JsonAlias("host") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonDeserialize(contentUsing = YamlText.class) List<String> hosts,
        @JsonDeserialize(using = YamlText.class) String status,
        @JsonDeserialize(using = YamlText.class) String time,
        @JsonDeserialize(using = YamlText.class) String place,
        List<PaperEntry> papers) {

    /** The front matter of a digest file that has none. */
    public static final DigestFront EMPTY = new DigestFront(null, null, null, null, null, null, null);

    public DigestFront {
        hosts = hosts == null ? List.of() : hosts.stream().filter(h -> h != null && !h.isBlank()).map(String::strip)
                .toList();
        papers = papers == null ? List.of() : papers.stream().filter(p -> p != null).toList();
    }

    /**
     * One paper of the meeting: {@code - 2306.13649}, or a mapping with {@code ref}, {@code note} and
     * {@code questions}.
     *
     * @param ref       the paper: its arXiv id, its slug, or the first words of its abstract
     * @param note      a line about it (Markdown), may be null
     * @param questions questions for the discussion (Markdown), in order
     */
    @JsonDeserialize(using = PaperEntryYaml.class)
    public record PaperEntry(String ref, String note, List<String> questions) {
        public PaperEntry {
            questions = questions == null ? List.of()
                    : questions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        }
    }

    /**
     * Binds a paper entry by hand, because an entry may be a bare scalar and an unquoted arXiv id is a YAML number
     * whose text ({@code 2410.11320}) must survive; unknown keys are rejected like everywhere else.
     */
    static final class PaperEntryYaml extends StdDeserializer<PaperEntry> {

        private static final long serialVersionUID = 1L;
        private static final List<Object> KEYS = List.of("note", "questions", "ref");

        PaperEntryYaml() {
            super(PaperEntry.class);
        }

        @Override
        public PaperEntry deserialize(JsonParser p, DeserializationContext context) throws IOException {
            JsonToken token = p.currentToken();
            if (token != null && token.isScalarValue()) {
                return new PaperEntry(YamlText.text(p, context), null, null);
            }
            if (token != JsonToken.START_OBJECT) {
                return (PaperEntry) context.reportInputMismatch(PaperEntry.class,
                        "expected a paper reference or a mapping with ref, note and questions");
            }
            String ref = null;
            String note = null;
            List<String> questions = new ArrayList<>();
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                p.nextToken();
                try {
                    switch (key) {
                        case "ref" -> ref = YamlText.text(p, context);
                        case "note" -> note = YamlText.text(p, context);
                        case "questions" -> readQuestions(p, context, questions);
                        default -> throw UnrecognizedPropertyException.from(p, PaperEntry.class, key, KEYS);
                    }
                } catch (UnrecognizedPropertyException e) {
                    throw e;
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, PaperEntry.class, key);
                }
            }
            return new PaperEntry(ref, note, questions);
        }

        private static void readQuestions(JsonParser p, DeserializationContext context, List<String> into)
                throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                into.add(YamlText.text(p, context));
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                into.add(YamlText.text(p, context));
            }
        }
    }
}

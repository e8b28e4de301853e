package dev.lectern.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Compact JSON that can stand inside a {@code <script>} element or a script file: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c} and so on, so that no text (a title holding {@code </script>}) can end
 * the element, and U+2028/U+2029 are escaped for older JavaScript parsers. Map keys keep their insertion order.
 */
final class SafeJson {

    private static final ObjectMapper MAPPER = newMapper();

    private SafeJson() {
    }

    /** {@code value} (maps, lists, strings, numbers, records) as one line of JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value.getClass(), e);
        }
    }

    /**
     * {@code prefix}, {@code value} as JSON and {@code suffix}, as UTF-8 bytes written straight from the value: the
     * search index of 100,000 papers is tens of megabytes, and going through a String held it three times over.
     */
    static byte[] writeBytes(String prefix, Object value, String suffix) {
        return writeBytes(prefix, 1 << 16, json -> MAPPER.writeValue(json, value), suffix);
    }

    /** JSON written value by value, for what is too large to build as one value first. */
    interface Body {
        void writeTo(JsonGenerator json) throws IOException;
    }

    /**
     * {@code prefix}, the JSON {@code body} writes and {@code suffix}, as UTF-8 bytes, escaped as {@link #write}
     * escapes; {@code expectedBytes} sizes the buffer, which grows as needed.
     */
    static byte[] writeBytes(String prefix, int expectedBytes, Body body, String suffix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(expectedBytes, 1 << 10));
        // through a Writer, so that the characters are escaped exactly as by write(Object)
        try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            text.write(prefix);
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                body.writeTo(json);
            }
            text.write(suffix);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
    }

    /** Escapes the characters that could end a script element or a JavaScript string early. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}

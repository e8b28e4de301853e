package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON that can stand inside a script element. */
class SafeJsonTest {

    @Test
    void markupCharactersAreEscapedAndTheValueSurvives() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", "</script><!-- & \u2028");
        value.put("list", List.of(1, "b"));
        String json = SafeJson.write(value);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals("{\"title\":\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u2028\",\"list\":[1,\"b\"]}", json);
        assertEquals(value, new ObjectMapper().readValue(json, Map.class));
    }

    @Test
    void asBytesItIsTheSameJsonInUtf8BetweenPrefixAndSuffix() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", "</script> caf\u00e9 \u2028 \u2029 \ud835\udc44");
        byte[] bytes = SafeJson.writeBytes("window.X=", value, ";\n");
        assertEquals("window.X=" + SafeJson.write(value) + ";\n",
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void jsonWrittenValueByValueIsTheJsonOfTheValueEscapedAlike() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("title", "</script> caf\u00e9 \u2028 \ud835\udc44");
        value.put("docs", List.of(List.of("p", 3), List.of("t", "x".repeat(5000))));
        byte[] streamed = SafeJson.writeBytes("window.X=", 16, json -> {
            json.writeStartObject();
            json.writeStringField("title", (String) value.get("title"));
            json.writeArrayFieldStart("docs");
            json.writeStartArray();
            json.writeString("p");
            json.writeNumber(3);
            json.writeEndArray();
            json.writeStartArray();
            json.writeString("t");
            json.writeString("x".repeat(5000)); // far beyond the 16 bytes expected: the buffer grows
            json.writeEndArray();
            json.writeEndArray();
            json.writeEndObject();
        }, ";\n");
        assertEquals(new String(SafeJson.writeBytes("window.X=", value, ";\n"), StandardCharsets.UTF_8),
                new String(streamed, StandardCharsets.UTF_8));
    }
}

package dev.lectern.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a YAML scalar as the text it was written as. YAML would turn {@code 2410.11320} into the number 2410.1132
 * and {@code 2026-11-18} into a date; front matter means the text, so the text is kept.
 */
final class YamlText extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    YamlText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
        return text(p, context);
    }

    /** The current scalar's text, null for YAML null; a list or mapping is a wrong-type error. */
    static String text(JsonParser p, DeserializationContext context) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != null && token.isScalarValue()) {
            return p.getText();
        }
        return (String) context.reportInputMismatch(String.class, "expected text, not a list or mapping");
    }
}

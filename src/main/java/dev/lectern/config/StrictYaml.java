package dev.lectern.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.lectern.Diagnostics;
import dev.lectern.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The rules every YAML input of Lectern is read under (site.yml and front matter): kebab-case keys, unknown keys and
 * wrong types reported with file and line, and oversized documents or alias bombs refused before they are expanded.
 */
public final class StrictYaml {

    /** Largest YAML document read, in characters. */
    public static final int MAX_YAML_CHARS = 1_000_000;

    private final ObjectMapper mapper = newMapper();
    private final ObjectMapper writer = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .build();

    /**
     * A YAML mapper with the limits every YAML input of Lectern is read under: kebab-case keys, unknown keys
     * rejected, at most 50 aliases, nesting 50 deep and {@link #MAX_YAML_CHARS} characters.
     */
    private static ObjectMapper newMapper() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(50);
        loader.setNestingDepthLimit(50);
        loader.setCodePointLimit(MAX_YAML_CHARS);
        loader.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(50)
                        .maxStringLength(MAX_YAML_CHARS)
                        .maxNumberLength(100)
                        .build())
                .build();
        return YAMLMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // an empty list item or map value is a mistake, not a null for the records to trip over
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
    }

    /**
     * Binds one YAML document to {@code type}; a document with nothing but comments gives {@code empty}.
     * {@code lineOffset} is added to reported lines, for documents that start inside a larger file (front matter).
     */
    public <T> Optional<T> read(String yaml, Path file, int lineOffset, Class<T> type, T empty,
                                Diagnostics diagnostics) {
        if (yaml.length() > MAX_YAML_CHARS) {
            diagnostics.error(Location.of(file, lineOffset + 1),
                    "YAML document is too large (" + yaml.length() + " characters, at most " + MAX_YAML_CHARS + ")",
                    "split the content or remove the oversized value");
            return Optional.empty();
        }
        try {
            if (!onlyPlainYaml(yaml, file, lineOffset, diagnostics)) {
                return Optional.empty();
            }
            T value = mapper.readValue(yaml, type);
            return Optional.of(value == null ? empty : value);
        } catch (JsonProcessingException e) {
            diagnostics.add(YamlProblem.toDiagnostic(e, yaml, file, lineOffset));
            return Optional.empty();
        }
    }

    /**
     * {@code value} as YAML under the same rules it is read by (kebab-case keys), leaving out empty values: what
     * {@link #read} reads back as {@code value}.
     */
    public String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings records always serialize", e);
        }
    }

    /**
     * Reads the document's events once before binding: Jackson would bind an alias ({@code *name}) as the text of
     * its name and ignore a tag ({@code !!java.net.URL}), both silently, so both are errors. Reading every event also
     * applies the nesting and size limits to the whole document, not only to the part that binds.
     */
    private boolean onlyPlainYaml(String yaml, Path file, int lineOffset, Diagnostics diagnostics)
            throws JsonProcessingException {
        try (YAMLParser parser = (YAMLParser) mapper.getFactory().createParser(yaml)) {
            while (parser.nextToken() != null) {
                String problem = null;
                String hint = null;
                if (parser.isCurrentAlias()) {
                    problem = "YAML aliases such as '*" + parser.getText() + "' are not supported";
                    hint = "write the value out in full where the alias is";
                } else if (parser.getTypeId() != null) {
                    problem = "YAML tags such as '!" + parser.getTypeId().replace("tag:yaml.org,2002:", "!")
                            + "' are not supported";
                    hint = "remove the tag; values are read as the type their key expects";
                }
                if (problem != null) {
                    JsonLocation where = parser.currentTokenLocation();
                    int line = Math.max(1, where.getLineNr());
                    int column = Math.max(0, where.getColumnNr());
                    if (parser.isCurrentAlias()) {
                        // the parser's position may already be past the alias; find the line that holds it
                        int found = lineHolding(yaml, "*" + parser.getText(), line);
                        column = found == line ? column : 0;
                        line = found;
                    }
                    diagnostics.error(new Location(file, line + lineOffset, column), problem, hint);
                    return false;
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading YAML from a string cannot fail", e);
        }
    }

    /** The last line at or before {@code reported} that contains {@code text}, or {@code reported}. */
    private static int lineHolding(String yaml, String text, int reported) {
        String[] lines = yaml.split("\n", -1);
        for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return reported;
    }

    /** Turns Jackson's and SnakeYAML's exceptions into a message a site owner can act on. */
    static final class YamlProblem {
        private YamlProblem() {
        }

        static dev.lectern.Diagnostic toDiagnostic(JsonProcessingException e, String yaml, Path file,
                                                  int lineOffset) {
            JsonLocation where = e.getLocation();
            int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
            int column = where == null || where.getColumnNr() < 1 ? 0 : where.getColumnNr();
            if (e instanceof UnrecognizedPropertyException u) {
                // the YAML parser reports the position after the key's value; point at the key itself
                line = lineOfKey(yaml, u.getPropertyName(), line);
                column = 0;
            }
            Location location = new Location(file, line + lineOffset, column);
            if (e instanceof UnrecognizedPropertyException u) {
                return dev.lectern.Diagnostic.error(location,
                        "unknown key '" + u.getPropertyName() + "'" + inPath(u),
                        "known keys here: " + known(u.getKnownPropertyIds()) + "; check the spelling");
            }
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String what;
                if (e instanceof InvalidNullException) {
                    what = "an empty item ('~', or nothing after '- ' or ':')";
                } else if (firstLine(e.getOriginalMessage()).startsWith("expected ")) {
                    what = firstLine(e.getOriginalMessage()); // our own deserializers already say it in words
                } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                    what = "expected " + expected(mismatch.getTargetType())
                            + (e instanceof InvalidFormatException f ? ", not " + quoted(f.getValue()) : "");
                } else {
                    what = firstLine(e.getOriginalMessage());
                }
                return dev.lectern.Diagnostic.error(location, "wrong value for '" + pathOf(m) + "': " + what,
                        "see the README for the keys and the values they take");
            }
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return dev.lectern.Diagnostic.error(location,
                        "the document must be " + expected(mismatch.getTargetType()),
                        "write the settings as `key: value` lines");
            }
            if (e instanceof StreamConstraintsException) {
                return dev.lectern.Diagnostic.error(location, "the YAML is too deeply nested or too long: "
                        + firstLine(e.getOriginalMessage()), "site.yml and front matter need a few levels at most");
            }
            return dev.lectern.Diagnostic.error(location, "invalid YAML: " + firstLine(e.getOriginalMessage()),
                    "fix the YAML syntax at this line (indentation, quotes, a missing colon)");
        }

        private static String quoted(Object value) {
            return value == null || "".equals(value) ? "an empty value" : "'" + value + "'";
        }

        /** What a value of {@code type} looks like in YAML, in a site owner's words. */
        private static String expected(Class<?> type) {
            if (type == String.class) {
                return "text";
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "a whole number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (Collection.class.isAssignableFrom(type)) {
                return "a list (lines starting with '- ', or [a, b])";
            }
            return "a mapping (indented `key: value` lines)";
        }

        /** The last line at or before {@code reported} that starts with {@code key:}. */
        private static int lineOfKey(String yaml, String key, int reported) {
            String[] lines = yaml.split("\n", -1);
            java.util.regex.Pattern keyLine = java.util.regex.Pattern.compile(
                    "^\\s*(?:-\\s+)?[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:.*");
            for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
                if (keyLine.matcher(lines[i]).matches()) {
                    return i + 1;
                }
            }
            return reported;
        }

        private static String inPath(JsonMappingException e) {
            String path = pathOf(e);
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "" : " in '" + path.substring(0, dot) + "'";
        }

        private static String pathOf(JsonMappingException e) {
            return e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }

        private static String known(Collection<Object> ids) {
            return ids == null ? "(none)" : ids.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "unreadable value";
            }
            int nl = message.indexOf('\n');
            String first = nl < 0 ? message : message.substring(0, nl);
            // Jackson appends Java type names that mean nothing to a site owner
            return first.replaceAll("\\(?`?(java\\.lang\\.|dev\\.lectern\\.)[\\w.$`]+\\)?", "").strip();
        }
    }

}

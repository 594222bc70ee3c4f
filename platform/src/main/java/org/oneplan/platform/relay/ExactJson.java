package org.oneplan.platform.relay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON text into plain values without losing anything that was written: objects become
 * {@link Map}s (member order kept), arrays {@link List}s, numbers {@link BigDecimal}s taken from their
 * literal text (never through {@code double}), strings, booleans and {@code null}.
 *
 * <p>It refuses what I-JSON (RFC 7493) forbids and a hash would otherwise paper over: a member name twice
 * in one object (two readers could take different values) and strings with lone surrogates.
 */
public final class ExactJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ExactJson() {}

    public static Object parse(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotCanonicalizableException("not JSON: no value");
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new NotCanonicalizableException("not JSON: content after the value");
            }
            return value;
        } catch (IOException unreadable) {
            throw new NotCanonicalizableException("not JSON: " + reason(unreadable), unreadable);
        }
    }

    private static String reason(IOException unreadable) {
        return unreadable instanceof JsonProcessingException json ? json.getOriginalMessage() : unreadable.getMessage();
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> wellFormed(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new NotCanonicalizableException("not JSON: unexpected " + token);
        };
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = wellFormed(parser.currentName());
            if (members.containsKey(name)) {
                throw new NotCanonicalizableException("not I-JSON: the member \"" + name + "\" occurs twice");
            }
            members.put(name, value(parser, parser.nextToken()));
        }
        return members;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(value(parser, token));
        }
        return elements;
    }

    private static BigDecimal number(String literal) {
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException | ArithmeticException beyondRange) {
            throw new NotCanonicalizableException("not I-JSON: the number " + literal + " is out of range");
        }
    }

    private static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new NotCanonicalizableException(
                        "not I-JSON: a string holds the lone surrogate \\u" + Integer.toHexString(c));
            }
        }
        return text;
    }
}

package kycert.adapters.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.RequestFingerprint;

/**
 * The adapter's one JSON mapper: snake_case records out; request bodies in as plain values (maps, lists, strings,
 * numbers, booleans, nulls), strictly (duplicate keys and trailing garbage are malformed JSON).
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Json() {}

    /** A request body as decoded: the JSON object (or why it is not one) and its canonical form for fingerprinting. */
    record Body(Either<ApiError, Map<String, Object>> object, String canonical) {
        RequestFingerprint fingerprint() {
            return RequestFingerprint.ofCanonical(canonical);
        }
    }

    /**
     * Decodes a body that must be a JSON object of storable text ({@link RequestText}); an unparseable body keeps
     * its raw text as canonical form. The bytes are read as UTF-8 and nothing else: a malformed sequence (a stray
     * byte, an encoded surrogate, an overlong form) is invalid_json, never a replacement character.
     */
    @SuppressWarnings("unchecked")
    static Body decodeObject(byte[] bytes) {
        Object value;
        try {
            value = MAPPER.readValue(strictUtf8(bytes), Object.class);
        } catch (JacksonException e) {
            return new Body(Either.left(ApiError.of(ErrorCode.INVALID_JSON)), new String(bytes, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return new Body(Either.left(ApiError.of(ErrorCode.INVALID_JSON, "The request body is not valid UTF-8.")),
                    new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String canonical = CanonicalJson.write(value);
        if (!(value instanceof Map<?, ?> map)) {
            return new Body(Either.left(ApiError.of(ErrorCode.INVALID_JSON, "The request body must be a JSON object.")), canonical);
        }
        Option<ApiError> badText = RequestText.inBody(map);
        return new Body(badText.isDefined() ? Either.left(badText.get()) : Either.right((Map<String, Object>) map), canonical);
    }

    /**
     * The bytes as UTF-8 text that fails on the first malformed sequence (the JSON parser would guess otherwise,
     * UTF-16 included); a leading byte order mark is skipped, as the parser did.
     */
    private static Reader strictUtf8(byte[] bytes) {
        int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source's raw answer embedded as JSON when it is JSON, else as a string. */
    static JsonNode embed(String raw) {
        try {
            JsonNode node = MAPPER.readTree(raw);
            return node == null || node.isMissingNode() ? TextNode.valueOf(raw) : node;
        } catch (JacksonException e) {
            return TextNode.valueOf(raw);
        }
    }
}

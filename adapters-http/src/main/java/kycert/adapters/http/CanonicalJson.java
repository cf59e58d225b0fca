package kycert.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical text of a decoded JSON value: object keys sorted, no whitespace, every number written once
 * whatever its spelling ({@code 1}, {@code 1.0}, {@code 1e0}). Equal JSON values give equal text, so an
 * idempotent retry matches whatever its spacing or key order.
 */
final class CanonicalJson {
    private static final int MAX_PLAIN_DIGITS = 40;

    private CanonicalJson() {}

    static String write(Object value) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(out)) {
            gen.setRootValueSeparator(new SerializedString(""));
            value(gen, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator gen, Object value) throws IOException {
        switch (value) {
            case null -> gen.writeNull();
            case String s -> gen.writeString(s);
            case Boolean b -> gen.writeBoolean(b);
            case Number n -> gen.writeNumber(number(n));
            case Map<?, ?> map -> {
                List<String> keys = new ArrayList<>(map.size());
                for (Object k : map.keySet()) keys.add((String) k);
                keys.sort(null);
                gen.writeStartObject();
                for (String k : keys) {
                    gen.writeFieldName(k);
                    value(gen, map.get(k));
                }
                gen.writeEndObject();
            }
            case List<?> list -> {
                gen.writeStartArray();
                for (Object item : list) value(gen, item);
                gen.writeEndArray();
            }
            default -> throw new IllegalArgumentException("not a decoded JSON value: " + value.getClass().getName());
        }
    }

    /** One spelling per numeric value: plain for moderate integers, else the shortest scientific form. */
    static String number(Number n) {
        BigDecimal d = switch (n) {
            case BigDecimal b -> b;
            case BigInteger i -> new BigDecimal(i);
            case Double x -> BigDecimal.valueOf(x);
            case Float x -> BigDecimal.valueOf(x.doubleValue());
            default -> BigDecimal.valueOf(n.longValue());
        };
        if (d.signum() == 0) return "0";
        d = d.stripTrailingZeros();
        boolean moderateInteger = d.scale() <= 0 && d.precision() - d.scale() <= MAX_PLAIN_DIGITS;
        return moderateInteger ? d.toPlainString() : d.toString();
    }
}

package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kycert.domain.idempotency.RequestFingerprint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The idempotency fingerprint is a function of the JSON value, not of its text. */
class CanonicalJsonProperties {

    @Property(tries = 300)
    void shuffledKeysAndOtherSpacing_giveTheSameFingerprint(@ForAll("objects") Map<String, Object> value, @ForAll long seed) {
        String compact = render(value, null);
        String respelled = render(value, new Random(seed));

        assertThat(fingerprint(respelled)).as("%s vs %s", compact, respelled).isEqualTo(fingerprint(compact));
    }

    @Property(tries = 300)
    void aChangedValue_givesAnotherFingerprint(@ForAll("objects") Map<String, Object> value, @ForAll("keys") String key,
                                                @ForAll("scalars") Object replacement, @ForAll long seed) {
        Map<String, Object> changed = new LinkedHashMap<>(value);
        changed.put(key, replacement);
        Assume.that(!CanonicalJson.write(changed).equals(CanonicalJson.write(value)));

        assertThat(fingerprint(render(changed, new Random(seed)))).isNotEqualTo(fingerprint(render(value, null)));
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        return JsonArbitraries.objects(3);
    }

    @Provide
    Arbitrary<String> keys() {
        return JsonArbitraries.keys();
    }

    @Provide
    Arbitrary<Object> scalars() {
        return JsonArbitraries.scalars();
    }

    private static RequestFingerprint fingerprint(String text) {
        Json.Body body = Json.decodeObject(text.getBytes(StandardCharsets.UTF_8));
        assertThat(body.object().isRight()).as("decodes: %s", text).isTrue();
        return body.fingerprint();
    }

    /** JSON text of a value: compact in insertion order without a random source, else shuffled, spaced and respelled. */
    static String render(Object value, Random random) {
        StringBuilder out = new StringBuilder();
        write(out, value, random);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, Random random) {
        space(out, random);
        switch (value) {
            case null -> out.append("null");
            case String s -> out.append(quote(s));
            case Boolean b -> out.append(b);
            case BigDecimal d -> out.append(random == null ? d.toString() : respell(d, random));
            case Number n -> out.append(random == null || !random.nextBoolean() ? n.toString() : respell(new BigDecimal(n.toString()), random));
            case Map<?, ?> map -> {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                if (random != null) Collections.shuffle(entries, random);
                out.append('{');
                for (int i = 0; i < entries.size(); i++) {
                    if (i > 0) out.append(',');
                    space(out, random);
                    out.append(quote((String) entries.get(i).getKey()));
                    space(out, random);
                    out.append(':');
                    write(out, entries.get(i).getValue(), random);
                }
                space(out, random);
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(',');
                    write(out, list.get(i), random);
                }
                space(out, random);
                out.append(']');
            }
            default -> throw new IllegalArgumentException(value.getClass().getName());
        }
        space(out, random);
    }

    /** The same number written another way: trailing zeros, or scientific notation. */
    private static String respell(BigDecimal d, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> d.setScale(Math.max(d.scale(), 0) + 2).toPlainString();
            case 1 -> d.unscaledValue() + "E" + (-d.scale());
            default -> d.toPlainString();
        };
    }

    private static void space(StringBuilder out, Random random) {
        if (random == null) return;
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) out.append(" \n\t\r".charAt(random.nextInt(4)));
    }

    private static String quote(String s) {
        try {
            return Json.MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

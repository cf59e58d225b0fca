package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.text.TextArbitraries.BadChar;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any body: one control character or lone surrogate put into any string of it (a value or a key, at any depth)
 * is 400 invalid_parameter naming that field; the same body without it decodes to the value sent.
 */
class RequestTextProperties {

    @Property(tries = 400)
    void oneBadCharacter_inAnyStringAtAnyDepth_isRefusedNamingTheField(@ForAll("objects") Map<String, Object> clean,
                                                                      @ForAll(supplier = BadChar.class) char bad,
                                                                      @ForAll int target, @ForAll int where,
                                                                      @ForAll boolean escapeAll) {
        Injection count = new Injection(-1, bad, where);
        rebuild(clean, "", count);
        Assume.that(count.seen > 0);
        Injection inject = new Injection(Math.floorMod(target, count.seen), bad, where);
        Object dirty = rebuild(clean, "", inject);

        Json.Body body = Json.decodeObject(render(dirty, escapeAll).getBytes(StandardCharsets.UTF_8));

        assertThat(body.object().isLeft()).as("refused: %s", render(dirty, true)).isTrue();
        ApiError error = body.object().getLeft();
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(error.param().getOrNull()).as("%s", render(dirty, true)).isEqualTo(inject.expectedParam);
        assertThat(error.message()).contains(Character.isSurrogate(bad) ? "unpaired UTF-16 surrogate" : "control character");
    }

    @Property(tries = 200)
    void cleanText_fromAnyScript_decodesToTheValueSent(@ForAll("objects") Map<String, Object> clean, @ForAll boolean escapeAll) {
        Json.Body body = Json.decodeObject(render(clean, escapeAll).getBytes(StandardCharsets.UTF_8));

        assertThat(body.object().isRight()).as("%s -> %s", render(clean, true), body.object()).isTrue();
        assertThat(CanonicalJson.write(body.object().get())).isEqualTo(CanonicalJson.write(clean));
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        return JsonArbitraries.objects(3);
    }

    /** Puts {@code bad} into the {@code target}-th string met (keys and values), at a code point boundary. */
    private static final class Injection {
        final int target;
        final char bad;
        final int where;
        int seen;
        String expectedParam;

        Injection(int target, char bad, int where) {
            this.target = target;
            this.bad = bad;
            this.where = where;
        }

        /** The string, with the bad character if it is the target: a value is named by its path, a key by itself. */
        String visit(String s, String path, boolean isKey) {
            if (seen++ != target) return s;
            int[] lengths = s.codePoints().map(Character::charCount).toArray();
            int at = 0;
            for (int i = 0; i < Math.floorMod(where, lengths.length + 1); i++) at += lengths[i];
            String shown = s.substring(0, at) + String.format("\\u%04X", (int) bad) + s.substring(at);
            expectedParam = isKey ? (path.isEmpty() ? "" : path + ".") + shown : path;
            return s.substring(0, at) + bad + s.substring(at);
        }
    }

    private static Object rebuild(Object value, String path, Injection inj) {
        switch (value) {
            case String s -> {
                return inj.visit(s, path, false);
            }
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = (String) e.getKey();
                    String newKey = inj.visit(key, path, true);
                    out.put(newKey, rebuild(e.getValue(), path.isEmpty() ? key : path + "." + key, inj));
                }
                return out;
            }
            case List<?> list -> {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) out.add(rebuild(list.get(i), path + "[" + i + "]", inj));
                return out;
            }
            case null, default -> {
                return value;
            }
        }
    }

    /** JSON text; strings escape what JSON requires, and with {@code escapeAll} every non-ASCII character too. */
    static String render(Object value, boolean escapeAll) {
        StringBuilder out = new StringBuilder();
        write(out, value, escapeAll);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, boolean escapeAll) {
        switch (value) {
            case null -> out.append("null");
            case String s -> quote(out, s, escapeAll);
            case Map<?, ?> map -> {
                out.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(sep);
                    quote(out, (String) e.getKey(), escapeAll);
                    out.append(':');
                    write(out, e.getValue(), escapeAll);
                    sep = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(',');
                    write(out, list.get(i), escapeAll);
                }
                out.append(']');
            }
            default -> out.append(value);
        }
    }

    /** Lone surrogates are always escaped (as raw UTF-8 they would not be text at all), as are C0 controls. */
    private static void quote(StringBuilder out, String s, boolean escapeAll) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (escapeAll && c > 0x7e) || (Character.isSurrogate(c) && !pair)) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (pair) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}

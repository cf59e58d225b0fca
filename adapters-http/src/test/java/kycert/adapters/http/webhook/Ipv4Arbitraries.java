package kycert.adapters.http.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/** IPv4 addresses (as unsigned 32-bit numbers) and the many spellings inet_aton, curl and browsers accept for one. */
final class Ipv4Arbitraries {
    private Ipv4Arbitraries() {}

    private static final long[][] INTERNAL = {           // base, prefix length
            {0x7f000000L, 8}, {0x0a000000L, 8}, {0xac100000L, 12}, {0xc0a80000L, 16}, {0xa9fe0000L, 16},
            {0x64400000L, 10}, {0x00000000L, 8}};

    /** A loopback, private, link-local (metadata), CGNAT or "this network" address. */
    static final class Internal implements ArbitrarySupplier<Long> {
        @Override
        public Arbitrary<Long> get() {
            return Arbitraries.of(INTERNAL).flatMap(r -> Arbitraries.longs().between(r[0], r[0] + (1L << (32 - r[1])) - 1))
                    .edgeCases(e -> e.add(0x7f000001L).add(0xa9fea9feL).add(0L));
        }
    }

    /** An address in a public /8 (none of 0, 10, 100, 127, 169, 172, 192, 198, 224 and up). */
    static final class Public implements ArbitrarySupplier<Long> {
        @Override
        public Arbitrary<Long> get() {
            Arbitrary<Integer> first = Arbitraries.integers().between(1, 223)
                    .filter(f -> !List.of(10, 100, 127, 169, 172, 192, 198).contains(f));
            return Combinators.combine(first, Arbitraries.longs().between(0, 0xffffff)).as((f, rest) -> ((long) f << 24) | rest);
        }
    }

    /** {@code a.b.c.d}, the only form the target policy accepts. */
    static String canonical(long address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** Any inet_aton spelling of {@code address} but the canonical one: 1–4 parts, each decimal, octal or hex. */
    static Arbitrary<String> otherSpellings(long address) {
        return Arbitraries.integers().between(1, 4).flatMap(n -> {
            List<Long> parts = split(address, n);
            List<Arbitrary<String>> written = new ArrayList<>();
            for (long part : parts) written.add(spell(part));
            return Combinators.combine(written).as(p -> String.join(".", p));
        }).filter(s -> !s.equals(canonical(address)));
    }

    private static List<Long> split(long address, int n) {
        return switch (n) {
            case 1 -> List.of(address);
            case 2 -> List.of(address >>> 24, address & 0xffffff);
            case 3 -> List.of(address >>> 24, (address >>> 16) & 0xff, address & 0xffff);
            default -> List.of(address >>> 24, (address >>> 16) & 0xff, (address >>> 8) & 0xff, address & 0xff);
        };
    }

    private static Arbitrary<String> spell(long part) {
        Arbitrary<String> zeros = Arbitraries.strings().withChars('0').ofMaxLength(3);
        return Arbitraries.oneOf(
                Arbitraries.just(Long.toString(part)),
                zeros.map(z -> "0" + z + Long.toOctalString(part)),
                Combinators.combine(Arbitraries.of("0x", "0X"), zeros, Arbitraries.of(true, false))
                        .as((x, z, upper) -> x + z + (upper ? Long.toHexString(part).toUpperCase(Locale.ROOT) : Long.toHexString(part))));
    }

    /** What inet_aton (and curl, and WHATWG URL parsers) read {@code text} as; -1 if it is no IPv4 address to them. */
    static long inetAton(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) return -1;
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            try {
                if (p.startsWith("0x")) values[i] = p.length() == 2 ? 0 : Long.parseLong(p.substring(2), 16);
                else if (p.length() > 1 && p.startsWith("0")) values[i] = Long.parseLong(p.substring(1), 8);
                else values[i] = Long.parseLong(p);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        long result = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) return -1;
            result |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        if (last >= 1L << (8 * (5 - values.length))) return -1;
        return result | last;
    }
}

package kycert.adapters.http.json;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** RFC 3339 UTC timestamps with milliseconds, e.g. {@code 2026-06-03T12:00:00.000Z}. */
public final class Timestamps {
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return RFC_3339.format(instant);
    }

    public static String format(Option<Instant> instant) {
        return instant.isDefined() ? format(instant.get()) : null;
    }
}

package kycert.domain.tenant;

import io.vavr.control.Option;
import java.util.UUID;
import java.util.regex.Pattern;

/** Strict parsing of canonical UUID text, shared by every identifier. */
public final class Ids {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {}

    public static Option<UUID> uuid(String s) {
        if (s == null || !UUID_TEXT.matcher(s).matches()) return Option.none();
        return Option.of(UUID.fromString(s));
    }
}

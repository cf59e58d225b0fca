package kycert.domain.user;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import kycert.domain.tenant.Ids;

/** A tenant user's identifier. */
public record UserId(UUID value) {
    public UserId { Objects.requireNonNull(value); }

    public static Option<UserId> parse(String s) { return Ids.uuid(s).map(UserId::new); }

    @Override public String toString() { return value.toString(); }
}

package kycert.domain.tenant;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;

/** A tenant (a brokerage) identifier. */
public record TenantId(UUID value) {
    public TenantId { Objects.requireNonNull(value); }

    public static Option<TenantId> parse(String s) {
        return Ids.uuid(s).map(TenantId::new);
    }

    @Override public String toString() { return value.toString(); }
}

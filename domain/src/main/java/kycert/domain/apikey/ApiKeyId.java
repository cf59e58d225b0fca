package kycert.domain.apikey;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import kycert.domain.tenant.Ids;

/** An API key's stable identifier (kept across regeneration). */
public record ApiKeyId(UUID value) {
    public ApiKeyId { Objects.requireNonNull(value); }

    public static Option<ApiKeyId> parse(String s) { return Ids.uuid(s).map(ApiKeyId::new); }

    @Override public String toString() { return value.toString(); }
}

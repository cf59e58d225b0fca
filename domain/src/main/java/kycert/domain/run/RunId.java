package kycert.domain.run;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import kycert.domain.tenant.Ids;

/** A bureau run's identifier. */
public record RunId(UUID value) {
    public RunId { Objects.requireNonNull(value); }

    public static Option<RunId> parse(String s) { return Ids.uuid(s).map(RunId::new); }

    @Override public String toString() { return value.toString(); }
}

package kycert.domain.template;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import kycert.domain.tenant.Ids;

/** A bureau template identifier. */
public record TemplateId(UUID value) {
    public TemplateId { Objects.requireNonNull(value); }

    public static Option<TemplateId> parse(String s) { return Ids.uuid(s).map(TemplateId::new); }

    @Override public String toString() { return value.toString(); }
}

package kycert.domain.screening;

import java.util.Objects;
import java.util.UUID;

/** The id of one imported version of a list ({@code lv_…}). */
public record ListVersionId(UUID value) {
    public ListVersionId {
        Objects.requireNonNull(value);
    }

    public String wire() {
        return "lv_" + value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return wire();
    }
}

package kycert.domain.screening;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One import of a list: what was read (sha256 of the bytes, rows), when the publisher says it was generated, and
 * when it was imported. Versions are kept after a newer one is activated, so a run can be proven later.
 */
public record ListVersion(ListVersionId id, ListId list, String sha256, long rows, Option<Instant> publishedAt,
                          Instant importedAt) {
    public ListVersion {
        Objects.requireNonNull(id);
        Objects.requireNonNull(list);
        Objects.requireNonNull(sha256);
        if (rows < 0) throw new IllegalArgumentException("rows cannot be negative");
        Objects.requireNonNull(publishedAt);
        Objects.requireNonNull(importedAt);
    }
}

package kycert.domain.run;

import java.util.Map;
import java.util.Objects;
import kycert.domain.template.Source;

/** What one source answered, with its technical detail. */
public record SourceResult(Source source, SourceStatus status, long latencyMs, Map<String, String> checks, String raw) {
    public SourceResult {
        Objects.requireNonNull(source);
        Objects.requireNonNull(status);
        checks = Map.copyOf(checks);
        Objects.requireNonNull(raw);
    }
}

package kycert.domain.idempotency;

import java.util.Objects;

/**
 * The answer a completed request gave, kept to be given again: its status, the kind of resource it shows and that
 * resource as the adapter rendered it, without any secret shown once (a replay shows the resource without it).
 */
public record StoredAnswer(int status, String resource, String body) {
    /** Longest body kept: answers to POSTs are single resources, far below this. */
    public static final int MAX_BODY_CHARS = 64 * 1024;

    public StoredAnswer {
        if (status < 200 || status > 299) throw new IllegalArgumentException("only a success is stored");
        Objects.requireNonNull(resource);
        Objects.requireNonNull(body);
        if (body.length() > MAX_BODY_CHARS) throw new IllegalArgumentException("answer too large to store");
    }
}

package kycert.domain.tenant;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** A brokerage: its credit balance, status and the ceiling on requests per rolling minute across all its keys. */
public record Tenant(TenantId id, String name, long credits, TenantStatus status, Instant createdAt, int rateLimit) {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int DEFAULT_RATE_LIMIT = 1_000;
    public static final int MAX_RATE_LIMIT = 1_000_000;

    public Tenant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
        if (credits < 0) throw new IllegalArgumentException("credits cannot be negative");
        if (rateLimit < 1) throw new IllegalArgumentException("rateLimit must be positive");
    }

    /** A new tenant's ceiling as the operator sent it (null: the default), or why it is refused. */
    public static Either<ApiError, Integer> validRateLimit(Integer rateLimit) {
        int limit = rateLimit == null ? DEFAULT_RATE_LIMIT : rateLimit;
        if (limit < 1 || limit > MAX_RATE_LIMIT) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "rate_limit must be between 1 and " + MAX_RATE_LIMIT + ".", "rate_limit"));
        }
        return Either.right(limit);
    }

    public static Either<ApiError, String> validName(String name) {
        if (name == null || name.isBlank()) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name"));
        if (name.length() > MAX_NAME_LENGTH) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most " + MAX_NAME_LENGTH + " characters.", "name"));
        return Either.right(name.strip());
    }

    public Tenant withStatus(TenantStatus newStatus) {
        return new Tenant(id, name, credits, newStatus, createdAt, rateLimit);
    }

    public Tenant withCredits(long newCredits) {
        return new Tenant(id, name, newCredits, status, createdAt, rateLimit);
    }

    public Tenant withRateLimit(int newRateLimit) {
        return new Tenant(id, name, credits, status, createdAt, newRateLimit);
    }

    /**
     * What a suspended tenant may still do: log in, read, revoke and deactivate — but not add keys, templates or webhook
     * endpoints (nor regenerate keys) until it is resumed.
     */
    public Either<ApiError, Tenant> mayAdd() {
        if (status == TenantStatus.SUSPENDED) {
            return Either.left(ApiError.of(ErrorCode.BILLING_SUSPENDED,
                    "This account is suspended: keys, templates and webhook endpoints cannot be added until it is resumed."));
        }
        return Either.right(this);
    }

    /** The billing policy: a suspended tenant runs nothing; a live run needs its cost in credits; sandbox is free. */
    public Either<ApiError, Long> canAfford(long cost) {
        if (status == TenantStatus.SUSPENDED) {
            return Either.left(ApiError.of(ErrorCode.BILLING_SUSPENDED, "This account is suspended."));
        }
        if (credits < cost) {
            return Either.left(ApiError.of(ErrorCode.BILLING_SUSPENDED,
                    "Insufficient credit balance: this run costs " + cost + " and the balance is " + credits + "."));
        }
        return Either.right(cost);
    }
}

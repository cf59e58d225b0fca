package kycert.domain.tenant;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** A brokerage: its credit balance and status. */
public record Tenant(TenantId id, String name, long credits, TenantStatus status, Instant createdAt) {
    public static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(status);
        Objects.requireNonNull(createdAt);
        if (credits < 0) throw new IllegalArgumentException("credits cannot be negative");
    }

    public static Either<ApiError, String> validName(String name) {
        if (name == null || name.isBlank()) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name"));
        if (name.length() > MAX_NAME_LENGTH) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most " + MAX_NAME_LENGTH + " characters.", "name"));
        return Either.right(name.strip());
    }

    public Tenant withStatus(TenantStatus newStatus) {
        return new Tenant(id, name, credits, newStatus, createdAt);
    }

    public Tenant withCredits(long newCredits) {
        return new Tenant(id, name, newCredits, status, createdAt);
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

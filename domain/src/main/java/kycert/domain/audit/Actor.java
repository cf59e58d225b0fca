package kycert.domain.audit;

import java.util.Objects;

/** Who did it: a tenant user (by id and masked email), the operator, or an unauthenticated caller. */
public record Actor(String type, String id, String display) {
    public Actor {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        Objects.requireNonNull(display);
    }

    public static Actor user(String userId, String maskedEmail) { return new Actor("user", userId, maskedEmail); }

    public static Actor operator() { return new Actor("operator", "operator", "operator"); }

    public static Actor anonymous(String maskedEmail) { return new Actor("anonymous", "", maskedEmail); }
}

package kycert.adapters.http.json;

import kycert.domain.user.User;

/** A tenant user: never the password, nor its hash. */
public record UserJson(String id, String object, String tenantId, String email, String createdAt) {
    public static UserJson of(User user) {
        return new UserJson(user.id().toString(), "user", user.tenantId().toString(), user.email().value(),
                Timestamps.format(user.createdAt()));
    }
}

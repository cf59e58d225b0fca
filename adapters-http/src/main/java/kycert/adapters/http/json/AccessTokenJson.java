package kycert.adapters.http.json;

/** A login's answer: a short-lived bearer token for the management plane. */
public record AccessTokenJson(String accessToken, String tokenType, long expiresIn) {
    public static AccessTokenJson bearer(String token, long expiresInSeconds) {
        return new AccessTokenJson(token, "Bearer", expiresInSeconds);
    }

    @Override
    public String toString() {
        // a record's toString would print the token
        return "AccessTokenJson[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}

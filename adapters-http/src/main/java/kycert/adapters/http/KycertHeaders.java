package kycert.adapters.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;

/** The header names kycert reads and writes, created once. */
final class KycertHeaders {
    static final HeaderName X_API_KEY = HeaderNames.create("X-API-Key");
    static final HeaderName API_VERSION = HeaderNames.create("x-kycert-api-version");
    static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");
    static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");
    static final HeaderName IDEMPOTENT_REPLAYED = HeaderNames.create("Idempotent-Replayed");
    static final HeaderName RATE_LIMIT_LIMIT = HeaderNames.create("X-RateLimit-Limit");
    static final HeaderName RATE_LIMIT_REMAINING = HeaderNames.create("X-RateLimit-Remaining");
    static final HeaderName RATE_LIMIT_RESET = HeaderNames.create("X-RateLimit-Reset");
    static final HeaderName AUTHORIZATION = HeaderNames.AUTHORIZATION;
    static final HeaderName CONTENT_TYPE = HeaderNames.CONTENT_TYPE;
    static final HeaderName RETRY_AFTER = HeaderNames.RETRY_AFTER;
    static final HeaderName ALLOW = HeaderNames.ALLOW;
    static final HeaderName LOCATION = HeaderNames.LOCATION;
    static final HeaderName CACHE_CONTROL = HeaderNames.CACHE_CONTROL;
    static final HeaderName WWW_AUTHENTICATE = HeaderNames.WWW_AUTHENTICATE;

    static final String JSON = "application/json";
    static final Header CONTENT_TYPE_JSON = HeaderValues.createCached(CONTENT_TYPE, JSON);
    /** On every answer: browsers must not guess another content type than the one sent. */
    static final Header NOSNIFF = HeaderValues.createCached(HeaderNames.create("X-Content-Type-Options"), "nosniff");
    static final Header NO_STORE = HeaderValues.createCached(CACHE_CONTROL, "no-store");

    private KycertHeaders() {}
}

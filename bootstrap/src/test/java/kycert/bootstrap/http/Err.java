package kycert.bootstrap.http;

import java.util.Set;

/** The error catalogue the tests expect: seed 000 plus the contract's additions, each with its status and type. */
enum Err {
    MISSING_SUBJECT(400, "invalid_request_error", "missing_subject"),
    INVALID_DOCUMENT(400, "invalid_request_error", "invalid_document"),
    INVALID_SUBJECT_TYPE(400, "invalid_request_error", "invalid_subject_type"),
    SUBJECT_TYPE_MISMATCH(400, "invalid_request_error", "subject_type_mismatch"),
    MISSING_TEMPLATE_ID(400, "invalid_request_error", "missing_template_id"),
    TEMPLATE_NOT_FOUND(400, "invalid_request_error", "template_not_found"),
    INVALID_JSON(400, "invalid_request_error", "invalid_json"),
    INVALID_METADATA(400, "invalid_request_error", "invalid_metadata"),
    INVALID_CURSOR(400, "invalid_request_error", "invalid_cursor"),
    /** Seed 000 says 400, the contract settles on 404 (seed 001 wins). */
    RUN_NOT_FOUND(404, "invalid_request_error", "run_not_found"),
    UNKNOWN_API_VERSION(400, "invalid_request_error", "unknown_api_version"),
    MISSING_API_KEY(401, "authentication_error", "missing_api_key"),
    INVALID_API_KEY(401, "authentication_error", "invalid_api_key"),
    BILLING_SUSPENDED(402, "billing_error", "billing_suspended"),
    INSUFFICIENT_SCOPE(403, "authorization_error", "insufficient_scope"),
    SUBJECT_TYPE_NOT_ALLOWED(403, "authorization_error", "subject_type_not_allowed"),
    RATE_LIMIT_EXCEEDED(429, "server_error", "rate_limit_exceeded"),
    INTERNAL_ERROR(500, "server_error", "internal_error"),
    RUN_FAILED(500, "server_error", "run_failed"),
    NOT_FOUND(404, "invalid_request_error", "not_found"),
    METHOD_NOT_ALLOWED(405, "invalid_request_error", "method_not_allowed"),
    PAYLOAD_TOO_LARGE(413, "invalid_request_error", "payload_too_large"),
    UNSUPPORTED_MEDIA_TYPE(415, "invalid_request_error", "unsupported_media_type"),
    // The contract names these codes but not their type; Stripe's own naming is accepted too.
    INVALID_IDEMPOTENCY_KEY(400, Set.of("invalid_request_error", "idempotency_error"), "invalid_idempotency_key"),
    IDEMPOTENCY_KEY_REUSED(400, Set.of("invalid_request_error", "idempotency_error"), "idempotency_key_reused"),
    IDEMPOTENCY_KEY_IN_USE(409, Set.of("invalid_request_error", "idempotency_error"), "idempotency_key_in_use"),
    MISSING_SCOPES(400, "invalid_request_error", "missing_scopes"),
    INVALID_SCOPE(400, "invalid_request_error", "invalid_scope");

    final int status;
    final Set<String> types;
    final String code;

    Err(int status, String type, String code) {
        this(status, Set.of(type), code);
    }

    Err(int status, Set<String> types, String code) {
        this.status = status;
        this.types = types;
        this.code = code;
    }
}

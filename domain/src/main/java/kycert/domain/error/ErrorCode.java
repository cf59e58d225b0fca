package kycert.domain.error;

/** The closed catalogue of API errors: seed 000 plus the contract's additions; HTTP statuses live in the HTTP adapter. */
public enum ErrorCode {
    MISSING_SUBJECT(ErrorType.INVALID_REQUEST, "missing_subject", "subject.doc or subject.type is absent.", "subject"),
    INVALID_DOCUMENT(ErrorType.INVALID_REQUEST, "invalid_document", "CPF/CNPJ com quantidade de dígitos incorreta.", "subject.doc"),
    INVALID_SUBJECT_TYPE(ErrorType.INVALID_REQUEST, "invalid_subject_type", "subject.type must be \"pf\" or \"pj\".", "subject.type"),
    SUBJECT_TYPE_MISMATCH(ErrorType.INVALID_REQUEST, "subject_type_mismatch", "The template's subject type does not match subject.type.", "subject.type"),
    MISSING_TEMPLATE_ID(ErrorType.INVALID_REQUEST, "missing_template_id", "template_id is required.", "template_id"),
    TEMPLATE_NOT_FOUND(ErrorType.INVALID_REQUEST, "template_not_found", "No active template with this id.", "template_id"),
    INVALID_JSON(ErrorType.INVALID_REQUEST, "invalid_json", "The request body is not valid JSON.", null),
    INVALID_METADATA(ErrorType.INVALID_REQUEST, "invalid_metadata", "metadata must be a flat object of string values (at most 10 keys, keys up to 40 chars, values up to 500 chars).", "metadata"),
    INVALID_CURSOR(ErrorType.INVALID_REQUEST, "invalid_cursor", "The pagination cursor is invalid; use next_cursor exactly as returned.", "cursor"),
    RUN_NOT_FOUND(ErrorType.INVALID_REQUEST, "run_not_found", "No run with this id.", "id"),
    UNKNOWN_API_VERSION(ErrorType.INVALID_REQUEST, "unknown_api_version", "Unknown API version; use 2026-06-03 or omit the header.", "x-kycert-api-version"),
    INVALID_PARAMETER(ErrorType.INVALID_REQUEST, "invalid_parameter", "A parameter has an invalid value.", null),
    MISSING_PARAMETER(ErrorType.INVALID_REQUEST, "missing_parameter", "A required parameter is missing.", null),
    INVALID_IDEMPOTENCY_KEY(ErrorType.INVALID_REQUEST, "invalid_idempotency_key", "Idempotency-Key must be 1 to 255 printable ASCII characters.", "Idempotency-Key"),
    IDEMPOTENCY_KEY_REUSED(ErrorType.INVALID_REQUEST, "idempotency_key_reused", "This Idempotency-Key was already used with a different request body.", "Idempotency-Key"),
    IDEMPOTENCY_KEY_IN_USE(ErrorType.INVALID_REQUEST, "idempotency_key_in_use", "A request with this Idempotency-Key is still being processed; retry later.", "Idempotency-Key"),
    MISSING_SCOPES(ErrorType.INVALID_REQUEST, "missing_scopes", "A key needs at least one scope.", "scopes"),
    INVALID_SCOPE(ErrorType.INVALID_REQUEST, "invalid_scope", "Unknown scope; use runs:write, runs:read or detail:read.", "scopes"),
    RESOURCE_NOT_FOUND(ErrorType.INVALID_REQUEST, "resource_not_found", "No such resource.", "id"),
    RESOURCE_ALREADY_EXISTS(ErrorType.INVALID_REQUEST, "resource_already_exists", "A resource with this identity already exists.", null),
    NOT_FOUND(ErrorType.INVALID_REQUEST, "not_found", "Unknown route.", null),
    METHOD_NOT_ALLOWED(ErrorType.INVALID_REQUEST, "method_not_allowed", "This method is not allowed on this route.", null),
    PAYLOAD_TOO_LARGE(ErrorType.INVALID_REQUEST, "payload_too_large", "The request body is larger than 1 MiB.", null),
    UNSUPPORTED_MEDIA_TYPE(ErrorType.INVALID_REQUEST, "unsupported_media_type", "Send the body as application/json.", "Content-Type"),
    MISSING_API_KEY(ErrorType.AUTHENTICATION, "missing_api_key", "No API key: send X-API-Key or Authorization: Bearer sk_...", null),
    INVALID_API_KEY(ErrorType.AUTHENTICATION, "invalid_api_key", "The API key is revoked, inactive, or does not exist.", null),
    INVALID_CREDENTIALS(ErrorType.AUTHENTICATION, "invalid_credentials", "Wrong email or password.", null),
    MISSING_TOKEN(ErrorType.AUTHENTICATION, "missing_token", "No bearer token: send Authorization: Bearer <token>.", null),
    INVALID_TOKEN(ErrorType.AUTHENTICATION, "invalid_token", "The bearer token is not valid here.", null),
    EXPIRED_TOKEN(ErrorType.AUTHENTICATION, "expired_token", "The access token has expired; log in again.", null),
    BILLING_SUSPENDED(ErrorType.BILLING, "billing_suspended", "Insufficient credit balance or account suspended.", null),
    INSUFFICIENT_SCOPE(ErrorType.AUTHORIZATION, "insufficient_scope", "The API key lacks the scope this operation needs.", null),
    SUBJECT_TYPE_NOT_ALLOWED(ErrorType.AUTHORIZATION, "subject_type_not_allowed", "This API key is not allowed to query this subject type.", "subject.type"),
    RATE_LIMIT_EXCEEDED(ErrorType.SERVER, "rate_limit_exceeded", "Too many requests; wait for Retry-After seconds.", null),
    INTERNAL_ERROR(ErrorType.SERVER, "internal_error", "Unexpected internal failure; retry with backoff and quote request_id to support.", null),
    RUN_FAILED(ErrorType.SERVER, "run_failed", "The bureau run failed to start; retry the run.", null),
    MALFORMED_REQUEST(ErrorType.INVALID_REQUEST, "malformed_request", "The HTTP request is malformed.", null),
    REQUEST_TIMEOUT(ErrorType.INVALID_REQUEST, "request_timeout", "The request was not received in time; send it again, whole.", null),
    UNSUPPORTED_TRANSFER_ENCODING(ErrorType.INVALID_REQUEST, "unsupported_transfer_encoding", "Only Transfer-Encoding: chunked is supported.", "Transfer-Encoding"),
    HTTP_VERSION_NOT_SUPPORTED(ErrorType.INVALID_REQUEST, "http_version_not_supported", "Use HTTP/1.1.", null),
    LIMIT_REACHED(ErrorType.INVALID_REQUEST, "limit_reached", "A limit of this account is reached.", null),
    SERVICE_UNAVAILABLE(ErrorType.SERVER, "service_unavailable", "The service is temporarily unavailable; retry with backoff.", null);

    private final ErrorType type;
    private final String code;
    private final String defaultMessage;
    private final String defaultParam;

    ErrorCode(ErrorType type, String code, String defaultMessage, String defaultParam) {
        this.type = type;
        this.code = code;
        this.defaultMessage = defaultMessage;
        this.defaultParam = defaultParam;
    }

    public ErrorType type() { return type; }
    public String code() { return code; }
    public String defaultMessage() { return defaultMessage; }
    public String defaultParam() { return defaultParam; }
}

package kycert.adapters.http;

import kycert.domain.error.ErrorCode;

/** The HTTP status of every error code: an exhaustive switch, so a new code cannot go unmapped. */
final class ErrorStatuses {
    private ErrorStatuses() {}

    static int status(ErrorCode code) {
        return switch (code) {
            case MISSING_SUBJECT, INVALID_DOCUMENT, INVALID_SUBJECT_TYPE, SUBJECT_TYPE_MISMATCH, MISSING_TEMPLATE_ID,
                 TEMPLATE_NOT_FOUND, INVALID_JSON, INVALID_METADATA, INVALID_CURSOR, UNKNOWN_API_VERSION,
                 INVALID_PARAMETER, MISSING_PARAMETER, INVALID_IDEMPOTENCY_KEY, IDEMPOTENCY_KEY_REUSED,
                 MISSING_SCOPES, INVALID_SCOPE, LIMIT_REACHED -> 400;
            // seed 001 wins over seed 000's 400: another tenant's run is indistinguishable from none
            case RUN_NOT_FOUND, RESOURCE_NOT_FOUND, NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case IDEMPOTENCY_KEY_IN_USE, RESOURCE_ALREADY_EXISTS -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case MISSING_API_KEY, INVALID_API_KEY, INVALID_CREDENTIALS, MISSING_TOKEN, INVALID_TOKEN, EXPIRED_TOKEN -> 401;
            case BILLING_SUSPENDED -> 402;
            case INSUFFICIENT_SCOPE, SUBJECT_TYPE_NOT_ALLOWED -> 403;
            case RATE_LIMIT_EXCEEDED -> 429;
            case INTERNAL_ERROR, RUN_FAILED -> 500;
            case SERVICE_UNAVAILABLE -> 503;
            // transport-level client errors (issue #8): the client's fault, each with its own HTTP status
            case MALFORMED_REQUEST -> 400;
            case REQUEST_TIMEOUT -> 408;
            case UNSUPPORTED_TRANSFER_ENCODING -> 501;
            case HTTP_VERSION_NOT_SUPPORTED -> 505;
        };
    }
}

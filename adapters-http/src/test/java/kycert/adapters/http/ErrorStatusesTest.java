package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import kycert.domain.error.ErrorCode;
import kycert.domain.error.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorStatusesTest {

    /** The contract's table, written out once more so a change to the mapping is a deliberate one. */
    private static final Map<ErrorCode, Integer> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorCode.MISSING_SUBJECT, 400), Map.entry(ErrorCode.INVALID_DOCUMENT, 400),
            Map.entry(ErrorCode.INVALID_SUBJECT_TYPE, 400), Map.entry(ErrorCode.SUBJECT_TYPE_MISMATCH, 400),
            Map.entry(ErrorCode.MISSING_TEMPLATE_ID, 400), Map.entry(ErrorCode.TEMPLATE_NOT_FOUND, 400),
            Map.entry(ErrorCode.INVALID_JSON, 400), Map.entry(ErrorCode.INVALID_METADATA, 400),
            Map.entry(ErrorCode.INVALID_CURSOR, 400), Map.entry(ErrorCode.RUN_NOT_FOUND, 404),
            Map.entry(ErrorCode.UNKNOWN_API_VERSION, 400), Map.entry(ErrorCode.INVALID_PARAMETER, 400),
            Map.entry(ErrorCode.MISSING_PARAMETER, 400), Map.entry(ErrorCode.INVALID_IDEMPOTENCY_KEY, 400),
            Map.entry(ErrorCode.IDEMPOTENCY_KEY_REUSED, 400), Map.entry(ErrorCode.IDEMPOTENCY_KEY_IN_USE, 409),
            Map.entry(ErrorCode.MISSING_SCOPES, 400), Map.entry(ErrorCode.INVALID_SCOPE, 400),
            Map.entry(ErrorCode.RESOURCE_NOT_FOUND, 404), Map.entry(ErrorCode.RESOURCE_ALREADY_EXISTS, 409),
            Map.entry(ErrorCode.NOT_FOUND, 404), Map.entry(ErrorCode.METHOD_NOT_ALLOWED, 405),
            Map.entry(ErrorCode.PAYLOAD_TOO_LARGE, 413), Map.entry(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 415),
            Map.entry(ErrorCode.MISSING_API_KEY, 401), Map.entry(ErrorCode.INVALID_API_KEY, 401),
            Map.entry(ErrorCode.INVALID_CREDENTIALS, 401), Map.entry(ErrorCode.MISSING_TOKEN, 401),
            Map.entry(ErrorCode.INVALID_TOKEN, 401), Map.entry(ErrorCode.EXPIRED_TOKEN, 401),
            Map.entry(ErrorCode.BILLING_SUSPENDED, 402), Map.entry(ErrorCode.INSUFFICIENT_SCOPE, 403),
            Map.entry(ErrorCode.SUBJECT_TYPE_NOT_ALLOWED, 403), Map.entry(ErrorCode.RATE_LIMIT_EXCEEDED, 429),
            Map.entry(ErrorCode.INTERNAL_ERROR, 500), Map.entry(ErrorCode.RUN_FAILED, 500),
            Map.entry(ErrorCode.SERVICE_UNAVAILABLE, 503), Map.entry(ErrorCode.MALFORMED_REQUEST, 400),
            Map.entry(ErrorCode.REQUEST_TIMEOUT, 408), Map.entry(ErrorCode.UNSUPPORTED_TRANSFER_ENCODING, 501),
            Map.entry(ErrorCode.HTTP_VERSION_NOT_SUPPORTED, 505), Map.entry(ErrorCode.LIMIT_REACHED, 400)));

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCode_hasTheContractsStatus(ErrorCode code) {
        assertThat(EXPECTED).as("the test's table lists %s", code).containsKey(code);
        assertThat(ErrorStatuses.status(code)).isEqualTo(EXPECTED.get(code));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCode_hasAStatusThatAgreesWithItsType(ErrorCode code) {
        int status = ErrorStatuses.status(code);
        switch (code.type()) {
            case AUTHENTICATION -> assertThat(status).isEqualTo(401);
            case AUTHORIZATION -> assertThat(status).isEqualTo(403);
            case BILLING -> assertThat(status).isEqualTo(402);
            // HTTP itself gives two of the client's framing mistakes a 5xx status; the envelope still says whose fault
            case INVALID_REQUEST -> {
                if (code == ErrorCode.UNSUPPORTED_TRANSFER_ENCODING || code == ErrorCode.HTTP_VERSION_NOT_SUPPORTED) {
                    assertThat(status).isIn(501, 505);
                } else {
                    assertThat(status).isBetween(400, 499).isNotIn(401, 402, 403, 429);
                }
            }
            case SERVER -> assertThat(status == 429 || status >= 500).as("%s is 429 or 5xx", code).isTrue();
        }
    }

    @Test
    void anotherTenantsRun_isNotFound_notABadRequest() {
        assertThat(ErrorStatuses.status(ErrorCode.RUN_NOT_FOUND)).isEqualTo(404);
        assertThat(ErrorCode.RUN_NOT_FOUND.type()).isEqualTo(ErrorType.INVALID_REQUEST);
    }
}

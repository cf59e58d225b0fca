package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class EnvelopeDirectHandlerTest {

    @Test
    void theServersOwnRefusals_getTheCodeOfTheirStatus() {
        assertThat(EnvelopeDirectHandler.errorFor(413).code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(EnvelopeDirectHandler.errorFor(404).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(EnvelopeDirectHandler.errorFor(503).code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(EnvelopeDirectHandler.errorFor(500).code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(EnvelopeDirectHandler.errorFor(501).code()).isEqualTo(ErrorCode.UNSUPPORTED_TRANSFER_ENCODING);
        assertThat(EnvelopeDirectHandler.errorFor(505).code()).isEqualTo(ErrorCode.HTTP_VERSION_NOT_SUPPORTED);
        assertThat(EnvelopeDirectHandler.errorFor(400).code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
        assertThat(EnvelopeDirectHandler.errorFor(431).code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    }

    @Test
    void requestIds_areReqPrefixed_unique_andSaneIncomingOnesAreKept() {
        String a = RequestIds.next();
        assertThat(a).matches("req_[0-9A-Za-z]{24}").isNotEqualTo(RequestIds.next());
        assertThat(RequestIds.acceptOrNext("gateway-trace-1234")).isEqualTo("gateway-trace-1234");
        assertThat(RequestIds.acceptOrNext("short")).startsWith("req_");
        assertThat(RequestIds.acceptOrNext("evil\r\nSet-Cookie: x")).startsWith("req_");
        assertThat(RequestIds.acceptOrNext("x".repeat(200))).startsWith("req_");
    }
}

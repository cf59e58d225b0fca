package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.domain.error.ErrorType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What the server answers by itself before any route: a client's mistake is never labelled a server error. */
class EnvelopeDirectHandlerProperties {

    @Property
    void everyClientErrorStatus_isAnInvalidRequest_answeredWithThatStatus(@ForAll @IntRange(min = 400, max = 499) int status) {
        var error = EnvelopeDirectHandler.errorFor(status);
        assertThat(error.code().type()).isEqualTo(ErrorType.INVALID_REQUEST);
        if (status != 400 && ErrorStatuses.status(error.code()) != status) {
            // statuses kycert has no code of its own for are malformed requests (400 in the envelope's code)
            assertThat(error.code().code()).isEqualTo("malformed_request");
        }
    }

    @Property
    void framingStatuses_inTheFiveHundreds_areTheClients(@ForAll("framing") int status) {
        var error = EnvelopeDirectHandler.errorFor(status);
        assertThat(error.code().type()).isEqualTo(ErrorType.INVALID_REQUEST);
        assertThat(ErrorStatuses.status(error.code())).isEqualTo(status);
    }

    @Provide
    Arbitrary<Integer> framing() {
        return Arbitraries.of(501, 505);
    }
}

package kycert.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kycert.application.port.in.IdempotentRequestCommand;
import kycert.application.port.in.IdempotentRequestUseCase;
import kycert.application.port.in.IdempotentRequestUseCase.Begun;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.RequestFingerprint;
import kycert.domain.idempotency.StoredAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The management and operator planes' idempotency on the in-memory store: the same state machine as the runs'. */
class IdempotentRequestsTest {
    private static final RequestFingerprint BODY = RequestFingerprint.ofCanonical("POST /admin/v1/tenants\n{\"name\":\"a\"}");
    private static final RequestFingerprint OTHER = RequestFingerprint.ofCanonical("POST /admin/v1/tenants\n{\"name\":\"b\"}");
    private static final StoredAnswer CREATED = new StoredAnswer(201, "TENANT", "{\"id\":\"t1\",\"credits\":0}");

    private EmbeddedKycert embedded;
    private IdempotentRequestUseCase requests;

    @BeforeEach
    void start() {
        embedded = EmbeddedKycert.start("idempotent-requests-test-secret-0123456789".getBytes());
        requests = embedded.kycert().idempotentRequests();
    }

    @AfterEach
    void stop() {
        embedded.close();
    }

    private Begun begin(String scope, String key, RequestFingerprint fingerprint) {
        return requests.begin(new IdempotentRequestCommand("operator", scope, key, fingerprint));
    }

    @Test
    void aCompletedRequest_isReplayed_andAnotherBodyIsReused() {
        Begun.Taken taken = (Begun.Taken) begin("", "k", BODY);
        assertThat(requests.complete(taken.lock(), CREATED)).isTrue();

        assertThat(begin("", "k", BODY)).isEqualTo(new Begun.Replayed(CREATED));
        assertThat(((Begun.Refused) begin("", "k", OTHER)).error().code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aKeyStillExecuting_isInUse_withRetryAfter_forAnyBody() {
        begin("", "k", BODY);

        for (RequestFingerprint body : new RequestFingerprint[] {BODY, OTHER}) {
            Begun.Refused busy = (Begun.Refused) begin("", "k", body);
            assertThat(busy.error().code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_USE);
            assertThat(busy.error().retryAfter().get()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void aReleasedKey_storesNothing_soTheRetryRunsAfresh() {
        Begun.Taken taken = (Begun.Taken) begin("", "k", BODY);
        requests.release(taken.lock());

        assertThat(begin("", "k", OTHER)).isInstanceOf(Begun.Taken.class);
    }

    @Test
    void keys_areKeptApartByScope_andAnInvalidKeyIsRefused() {
        begin("tenant-a", "k", BODY);

        assertThat(begin("tenant-b", "k", BODY)).isInstanceOf(Begun.Taken.class);
        assertThat(((Begun.Refused) begin("", "bad\u0001key", BODY)).error().code()).isEqualTo(ErrorCode.INVALID_IDEMPOTENCY_KEY);
    }
}

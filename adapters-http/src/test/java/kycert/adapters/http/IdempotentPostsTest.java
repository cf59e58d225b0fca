package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import kycert.adapters.http.json.ApiKeyJson;
import kycert.adapters.http.json.TenantJson;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.RequestFingerprint;
import org.junit.jupiter.api.Test;

class IdempotentPostsTest {
    private static final RequestFingerprint BODY = RequestFingerprint.ofCanonical("/admin/v1/tenants\n{\"name\":\"a\"}");
    private static final RequestFingerprint OTHER = RequestFingerprint.ofCanonical("/admin/v1/tenants\n{\"name\":\"b\"}");
    private static final Reply.Payload CREATED = new Reply.Payload(201, ApiResource.TENANT,
            new TenantJson("t1", "tenant", "a", 0, "active", 1_000, "2026-06-03T12:00:00.000Z"));
    private static final long HOUR = Duration.ofHours(1).toNanos();

    private final IdempotentPosts posts = new IdempotentPosts(null, "operator");

    @Test
    void aSuccess_isReplayed_forTheSameKeyAndBody() {
        var lock = posts.claim("k", BODY, 0).get();
        posts.settle("k", lock, CREATED, 1);
        assertThat(posts.claim("k", BODY, 2 * HOUR).getLeft()).isEqualTo(CREATED);
    }

    @Test
    void anotherBody_isReused_andAKeyStillExecuting_isInUse() {
        var lock = posts.claim("k", BODY, 0).get();
        assertThat(code(posts.claim("k", BODY, 1))).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_USE);
        assertThat(((Reply.Failure) posts.claim("k", OTHER, 1).getLeft()).error().retryAfter().get()).isEqualTo(Duration.ofSeconds(1));
        posts.settle("k", lock, CREATED, 2);
        assertThat(code(posts.claim("k", OTHER, 3))).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aRefusal_storesNothing_soTheRetryRunsAfresh() {
        var lock = posts.claim("k", BODY, 0).get();
        posts.settle("k", lock, Reply.failure(ApiError.of(ErrorCode.MISSING_PARAMETER)), 1);
        assertThat(posts.claim("k", OTHER, 2).isRight()).isTrue();
    }

    @Test
    void aCrashedRequest_freesItsKey() {
        var lock = posts.claim("k", BODY, 0).get();
        posts.settle("k", lock, null, 1);
        assertThat(posts.claim("k", BODY, 2).isRight()).isTrue();
    }

    @Test
    void keysExpireAfter24Hours_andAreScopedBySlot() {
        var lock = posts.claim("k", BODY, 0).get();
        posts.settle("k", lock, CREATED, 0);
        assertThat(posts.claim("other", OTHER, 1).isRight()).isTrue();
        assertThat(posts.claim("k", OTHER, 25 * HOUR).isRight()).isTrue();
    }

    @Test
    void aSecretShownOnce_isNotKept() {
        ApiKeyJson issued = new ApiKeyJson("id", "api_key", "n", "test", java.util.List.of("runs:read"), java.util.List.of("pf"), 100,
                "sk_test_ABCDEFGH", "sk_test_ABCDEFGH…••••••••", true, "t", null, null, "sk_test_the-full-secret");
        var lock = posts.claim("k", BODY, 0).get();
        posts.settle("k", lock, new Reply.Payload(201, ApiResource.API_KEY, issued), 1);
        Reply.Payload replay = (Reply.Payload) posts.claim("k", BODY, 2).getLeft();
        assertThat(((ApiKeyJson) replay.body()).key()).isNull();
        assertThat(((ApiKeyJson) replay.body()).id()).isEqualTo("id");
    }

    @Test
    void theStore_isBounded() {
        for (int i = 0; i < IdempotentPosts.MAX_ENTRIES + 50; i++) {
            var lock = posts.claim("k" + i, BODY, i).get();
            posts.settle("k" + i, lock, CREATED, i);
        }
        assertThat(posts.claim("k0", OTHER, HOUR).isRight()).as("the oldest was evicted").isTrue();
    }

    private static ErrorCode code(Either<Reply, IdempotentPosts.Entry> claim) {
        return ((Reply.Failure) claim.getLeft()).error().code();
    }
}

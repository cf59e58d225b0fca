package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.http.Operator.IssuedKey;
import kycert.bootstrap.http.Operator.KeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotating KYCERT_SECRET: keys issued under the old secret stop working, unless the old secret is given as
 * KYCERT_SECRET_PREVIOUS; a key regenerated during that period works under the new secret alone.
 */
class SecretRotationIT {
    private static final String OLD = "the-old-server-secret-0123456789abcdef";
    private static final String NEW = "the-new-server-secret-0123456789abcdef";

    @TempDir
    Path dataDir;

    private ServeConfig embedded(String secret, Option<String> previous) {
        return new ServeConfig(0, ServeConfig.Store.EMBEDDED, dataDir, Option.none(), "postgres", "",
                Option.of(TestServer.ADMIN_TOKEN), Option.of(secret), 2, true).withPreviousSecret(previous);
    }

    @Test
    void keysIssuedUnderTheOldSecret_workDuringTheRotation_andRegeneratedOnesAfterIt() {
        String tenant;
        IssuedKey kept;
        IssuedKey toRegenerate;
        try (TestServer before = TestServer.start(embedded(OLD, Option.none()))) {
            tenant = before.operator().createTenant("rotation", 0);
            kept = before.operator().createKey(tenant, KeySpec.test().named("kept"));
            toRegenerate = before.operator().createKey(tenant, KeySpec.test().named("regenerated"));
        }
        try (TestServer rotatedAlone = TestServer.start(embedded(NEW, Option.none()))) {
            assertError(rotatedAlone.get(Runs.PATH).key(kept.secret()).send(), Err.INVALID_API_KEY);
        }
        IssuedKey regenerated;
        try (TestServer during = TestServer.start(embedded(NEW, Option.of(OLD)))) {
            assertThat(during.get(Runs.PATH).key(kept.secret()).send().status()).isEqualTo(200);
            assertThat(during.get(Runs.PATH).key(toRegenerate.secret()).send().status()).isEqualTo(200);
            regenerated = during.operator().regenerate(tenant, toRegenerate.id());
            assertError(during.get(Runs.PATH).key(toRegenerate.secret()).send(), Err.INVALID_API_KEY);
        }
        try (TestServer after = TestServer.start(embedded(NEW, Option.none()))) {
            assertThat(after.get(Runs.PATH).key(regenerated.secret()).send().status()).isEqualTo(200);
            assertError(after.get(Runs.PATH).key(kept.secret()).send(), Err.INVALID_API_KEY);
        }
    }
}

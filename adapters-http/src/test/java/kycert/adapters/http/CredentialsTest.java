package kycert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final String KEY = "sk_test_whatever";

    @Test
    void xApiKey_andBearer_areEquivalent() {
        assertThat(Credentials.apiKey(KEY, null).get()).isEqualTo(KEY);
        assertThat(Credentials.apiKey(null, "Bearer " + KEY).get()).isEqualTo(KEY);
        assertThat(Credentials.apiKey(null, "bearer   " + KEY + " ").get()).isEqualTo(KEY);
    }

    @Test
    void xApiKey_winsOverAuthorization() {
        assertThat(Credentials.apiKey(KEY, "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig").get()).isEqualTo(KEY);
    }

    @Test
    void noCredential_isNull_soAuthenticationSaysMissingApiKey() {
        assertThat(Credentials.apiKey(null, null).get()).isNull();
        assertThat(Credentials.apiKey("  ", "Bearer ").get()).isNull();
        assertThat(Credentials.apiKey(null, "Basic dXNlcjpwYXNz").get()).isNull();
        assertThat(Credentials.apiKey(null, "Bearer").get()).isNull();
    }

    @Test
    void aBearerThatIsNotAnApiKey_likeAManagementJwt_isInvalidApiKey() {
        assertThat(Credentials.apiKey(null, "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig").getLeft().code()).isEqualTo(ErrorCode.INVALID_API_KEY);
        assertThat(Credentials.apiKey(null, "Bearer the-operator-token").getLeft().code()).isEqualTo(ErrorCode.INVALID_API_KEY);
    }

    @Test
    void bearer_readsTheToken_orNothing() {
        assertThat(Credentials.bearer("Bearer abc")).isEqualTo("abc");
        assertThat(Credentials.bearer("BEARER abc")).isEqualTo("abc");
        assertThat(Credentials.bearer("Token abc")).isNull();
        assertThat(Credentials.bearer("Bearer    ")).isNull();
        assertThat(Credentials.bearer(null)).isNull();
    }
}

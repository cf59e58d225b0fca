package kycert.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF policy for webhook targets: public addresses only, unless private targets are allowed on purpose. */
class TargetPolicyTest {
    private final TargetPolicy production = new TargetPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.8.9.10:8080/hook", "http://localhost/hook", "http://10.0.0.1/hook",
            "http://10.255.255.254/hook", "http://172.16.0.1/hook", "http://172.31.255.1/hook", "http://192.168.1.10/hook",
            "http://169.254.169.254/latest/meta-data/", "http://169.254.1.1/", "http://[::1]/hook", "http://[fc00::1]/hook",
            "http://[fd12:3456::1]/hook", "http://[fe80::1]/hook", "http://100.64.0.1/hook", "http://100.127.255.254/hook",
            "http://0.0.0.0/hook", "http://[::]/hook", "http://224.0.0.1/hook", "http://255.255.255.255/hook",
            "http://[::ffff:127.0.0.1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://[64:ff9b::a00:1]/hook",
            "http://[2002:c0a8:0101::1]/hook", "https://192.168.0.1:8443/hook"})
    void internalTargets_areRefused(String url) {
        Either<ApiError, String> checked = production.check(url);
        assertThat(checked.isLeft()).as("%s must be refused", url).isTrue();
        assertThat(checked.getLeft().code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        assertThat(checked.getLeft().param().get()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "http://8.8.8.8:8080/hook", "https://[2606:4700:4700::1111]/hook",
            "http://100.128.0.1/", "http://172.32.0.1/", "http://11.0.0.1/"})
    void publicLiteralAddresses_areAllowed(String url) {
        assertThat(production.check(url).isRight()).as("%s must be allowed", url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/hook", "file:///etc/passwd", "gopher://8.8.8.8/", "/relative/hook", "http:///nohost",
            "not a url", "javascript:alert(1)"})
    void otherSchemesAndMalformedUrls_areRefused_evenWhenPrivateIsAllowed(String url) {
        assertThat(production.check(url).isLeft()).as(url).isTrue();
        assertThat(new TargetPolicy(true).check(url).isLeft()).as(url).isTrue();
    }

    @Test
    void allowPrivate_letsLoopbackAndPrivateThrough() {
        TargetPolicy development = new TargetPolicy(true);
        assertThat(development.check("http://127.0.0.1:9999/hook").isRight()).isTrue();
        assertThat(development.check("http://localhost:9999/hook").isRight()).isTrue();
        assertThat(development.check("http://10.1.2.3/hook").isRight()).isTrue();
    }

    @Test
    void aHostThatDoesNotResolve_isRefused() {
        assertThat(production.check("http://does-not-exist.invalid/hook").isLeft()).isTrue();
    }
}

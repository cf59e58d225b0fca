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
    @ValueSource(strings = {"https://93.184.215.14/hook", "http://8.8.8.8:443/hook", "https://[2606:4700:4700::1111]/hook",
            "http://100.128.0.1/", "http://172.32.0.1/", "http://11.0.0.1/", "HTTPS://8.8.8.8:80/hook"})
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

    @ParameterizedTest
    @ValueSource(strings = {"http://0177.0.0.1/", "http://0x7f.1/", "http://0X7F.0.0.1/", "http://2130706433/", "http://127.1/",
            "http://0x7f000001/", "http://017700000001/", "http://127.0.0.01/", "http://0/", "http://10.0.1/", "http://0251.254.169.254/",
            "http://169.254.43518/", "http://1.2.3.04/", "http://256.1.1.1/", "http://1.2.3.4.5/", "http://0177.0.0.1:8080/"})
    void nonCanonicalIpv4Hosts_areRefused_evenWhenPrivateIsAllowed(String url) {
        for (TargetPolicy policy : new TargetPolicy[] {production, new TargetPolicy(true)}) {
            Either<ApiError, String> checked = policy.check(url);
            assertThat(checked.isLeft()).as("%s must be refused", url).isTrue();
            assertThat(checked.getLeft().param().get()).isEqualTo("url");
            assertThat(checked.getLeft().message()).as(url).contains("not four decimal numbers 0-255");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1./", "http://a_b.example/", "http://exa mple.com/", "http://[::1%25lo]/",
            "http://user:pw@93.184.215.14/", "http://93.184.215.14@127.0.0.1/", "http://\uff11\uff12\uff17.0.0.1/",
            "http://[::ffff:0177.0.0.1]/", "http://[::ffff:127.1]/", "http://[::ffff:1.2.3.04]/"})
    void otherAmbiguousHosts_areRefused_evenWhenPrivateIsAllowed(String url) {
        assertThat(production.check(url).isLeft()).as(url).isTrue();
        assertThat(new TargetPolicy(true).check(url).isLeft()).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14:0/", "http://93.184.215.14:99999/", "http://93.184.215.14:65536/",
            "http://93.184.215.14:8o/", "http://93.184.215.14:-1/", "http://93.184.215.14:4294967376/"})
    void invalidPorts_areRefused_evenWhenPrivateIsAllowed(String url) {
        for (TargetPolicy policy : new TargetPolicy[] {production, new TargetPolicy(true)}) {
            Either<ApiError, String> checked = policy.check(url);
            assertThat(checked.isLeft()).as("%s must be refused", url).isTrue();
            assertThat(checked.getLeft().param().get()).isEqualTo("url");
        }
        assertThat(production.check(url).getLeft().message()).as(url).isEqualTo("url's port must be a number from 1 to 65535.");
    }

    @Test
    void portsOtherThan80And443_areRefusedInProduction_unlessConfigured() {
        Either<ApiError, String> refused = production.check("http://8.8.8.8:8080/hook");
        assertThat(refused.getLeft().message()).isEqualTo("url's port 8080 is not allowed; webhook targets may use only ports 80, 443.");
        TargetPolicy configured = new TargetPolicy(false, java.util.Set.of(8443), HostResolver.SYSTEM);
        assertThat(configured.check("https://8.8.8.8:8443/hook").isRight()).isTrue();
        assertThat(configured.check("https://8.8.8.8/hook").isLeft()).as("443 is no longer listed").isTrue();
        assertThat(new TargetPolicy(true).check("http://127.0.0.1:9/hook").isRight()).as("development: any valid port").isTrue();
    }

    @Test
    void theAllowedPortsSetting_isAListOfValidPorts() {
        assertThat(TargetPolicy.parsePorts("80, 443,8443").get()).containsExactlyInAnyOrder(80, 443, 8443);
        for (String bad : new String[] {"", "80,", "0", "65536", "http", "80;443", "-1"}) {
            assertThat(TargetPolicy.parsePorts(bad).isEmpty()).as(bad).isTrue();
        }
    }

    @Test
    void theConnectTimeResolver_takesLiteralsAsTheyAre_andRefusesAmbiguousOnes() throws Exception {
        HostResolver noDns = host -> {
            throw new AssertionError("looked up " + host);
        };
        TargetPolicy development = new TargetPolicy(true, java.util.Set.of(), noDns);
        assertThat(development.addresses("::1")).containsExactly(java.net.InetAddress.getByName("::1"));
        assertThat(development.addresses("[::1]")).containsExactly(java.net.InetAddress.getByName("::1"));
        assertThat(development.addresses("127.0.0.1")).containsExactly(java.net.InetAddress.getLoopbackAddress());
        for (String ambiguous : new String[] {"::ffff:0177.0.0.1", "0177.0.0.1", "2130706433", "127.1", "a_b.example"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> development.addresses(ambiguous)).as(ambiguous)
                    .isInstanceOf(RefusedAddressException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TargetPolicy(false, java.util.Set.of(), noDns).addresses("::1"))
                .isInstanceOf(RefusedAddressException.class);
    }

    @Test
    void aHostThatDoesNotResolve_isRefused() {
        assertThat(production.check("http://does-not-exist.invalid/hook").isLeft()).isTrue();
    }
}

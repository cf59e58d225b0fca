package kycert.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Webhook hosts and ports: one spelling per IPv4 address, names go through the resolver, ports within the allowed list. */
class TargetPolicyProperties {
    private static final HostResolver PUBLIC_DNS = host -> List.of(InetAddress.getByName("93.184.215.14"));
    private static final HostResolver NO_DNS = host -> {
        throw new AssertionError("literal addresses are never looked up: " + host);
    };

    @Property(tries = 500)
    void anyOtherSpellingOfAnInternalAddress_isRefused_evenWhenPrivateTargetsAreAllowed(@ForAll("internalSpellings") Spelled spelled) {
        assertThat(Ipv4Arbitraries.inetAton(spelled.text())).as("the generator spells %s", spelled).isEqualTo(spelled.address());
        for (TargetPolicy policy : List.of(new TargetPolicy(false, TargetPolicy.DEFAULT_PORTS, NO_DNS), new TargetPolicy(true, Set.of(), NO_DNS))) {
            Either<ApiError, String> checked = policy.check("http://" + spelled.text() + "/hook");
            assertThat(checked.isLeft()).as("http://%s/ must be refused", spelled.text()).isTrue();
            assertThat(checked.getLeft().code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
            assertThat(checked.getLeft().param().get()).isEqualTo("url");
            assertThat(checked.getLeft().message()).isEqualTo(TargetUrl.NOT_DOTTED_QUAD);
        }
    }

    @Property(tries = 300)
    void theSameSpellings_areNeverHandedToTheResolverByTheSender(@ForAll("internalSpellings") Spelled spelled) {
        TargetPolicy policy = new TargetPolicy(true, Set.of(), NO_DNS);
        assertThat(policy.shape("http://" + spelled.text() + ":8080/hook").isLeft()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.addresses(spelled.text())).isInstanceOf(RefusedAddressException.class);
    }

    @Property(tries = 300)
    void canonicalPublicAddresses_areAccepted_withoutAnyLookup(@ForAll("publicAddresses") long address, @ForAll("webPorts") String port) {
        String url = "https://" + Ipv4Arbitraries.canonical(address) + port + "/hook";
        assertThat(new TargetPolicy(false, TargetPolicy.DEFAULT_PORTS, NO_DNS).check(url)).as(url).isEqualTo(Either.right(url));
    }

    @Property(tries = 300)
    void canonicalInternalAddresses_areRefusedAsInternal(@ForAll("internalAddresses") long address) {
        Either<ApiError, String> checked = new TargetPolicy(false, TargetPolicy.DEFAULT_PORTS, NO_DNS)
                .check("http://" + Ipv4Arbitraries.canonical(address) + "/hook");
        assertThat(checked.isLeft()).isTrue();
        assertThat(checked.getLeft().message()).isEqualTo(TargetPolicy.REFUSED);
    }

    @Property(tries = 300)
    void hostNamesThatResolveToPublicAddresses_areAccepted(@ForAll("hostNames") String host, @ForAll("webPorts") String port) {
        String url = "http://" + host + port + "/hook";
        assertThat(new TargetPolicy(false, TargetPolicy.DEFAULT_PORTS, PUBLIC_DNS).check(url)).as(url).isEqualTo(Either.right(url));
    }

    @Property(tries = 300)
    void portsOutside1To65535_areRefused_evenWhenPrivateTargetsAreAllowed(@ForAll("badPorts") String port) {
        Either<ApiError, String> checked = new TargetPolicy(true).check("http://127.0.0.1:" + port + "/hook");
        assertThat(checked.isLeft()).as(port).isTrue();
        assertThat(checked.getLeft().param().get()).isEqualTo("url");
    }

    @Property(tries = 300)
    void aValidPort_isAllowedExactlyWhenListed_orWhenPrivateTargetsAreAllowed(@ForAll @IntRange(min = 1, max = 65535) int port) {
        String url = "http://93.184.215.14:" + port + "/hook";
        Set<Integer> listed = Set.of(443, 8443);
        assertThat(new TargetPolicy(false, listed, NO_DNS).check(url).isRight()).as(url).isEqualTo(listed.contains(port));
        assertThat(new TargetPolicy(true, listed, NO_DNS).check(url).isRight()).as(url).isTrue();
    }

    /** An address and one way of writing it. */
    record Spelled(long address, String text) {}

    @Provide
    Arbitrary<Spelled> internalSpellings() {
        return new Ipv4Arbitraries.Internal().get().flatMap(a -> Ipv4Arbitraries.otherSpellings(a).map(text -> new Spelled(a, text)));
    }

    @Provide
    Arbitrary<Long> internalAddresses() {
        return new Ipv4Arbitraries.Internal().get();
    }

    @Provide
    Arbitrary<Long> publicAddresses() {
        return new Ipv4Arbitraries.Public().get();
    }

    @Provide
    Arbitrary<String> webPorts() {
        return Arbitraries.of("", ":80", ":443", ":");
    }

    @Provide
    Arbitrary<String> badPorts() {
        return Arbitraries.oneOf(
                Arbitraries.just("0"),
                Arbitraries.integers().between(65536, Integer.MAX_VALUE).map(String::valueOf),
                Arbitraries.longs().between(Integer.MAX_VALUE + 1L, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.strings().withChars("abcxyz-+_ .%").ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().numeric().ofLength(2).map(d -> d + "a"));
    }

    @Provide
    Arbitrary<String> hostNames() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> top = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        return Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), top).as((ls, t) -> String.join(".", ls) + "." + t);
    }
}

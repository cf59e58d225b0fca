package kycert.bootstrap.http;

import io.vavr.control.Option;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kycert.adapters.http.TransportLimits;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.testsupport.InProcessServer;

/** One in-memory kycert server on a random port, with the operator token set and the demo banner captured. */
final class TestServer extends InProcessServer {
    static final String ADMIN_TOKEN = "it-operator-token-" + UUID.randomUUID();

    private TestServer(ServeConfig config, TransportLimits limits) {
        super(config, limits);
    }

    static TestServer start() {
        return start(Option.of(ADMIN_TOKEN));
    }

    /** A server whose operator plane is off (no KYCERT_ADMIN_TOKEN). */
    static TestServer startWithoutOperatorToken() {
        return start(Option.none());
    }

    private static TestServer start(Option<String> adminToken) {
        return start(ServeConfig.memory(0, adminToken));
    }

    /** A server on any store; give it {@link #ADMIN_TOKEN} to use {@link #operator()}. */
    static TestServer start(ServeConfig config) {
        return start(config, TransportLimits.defaults());
    }

    /** An in-memory server with these transport limits (low caps and short time-outs for hostile-client tests). */
    static TestServer start(TransportLimits limits) {
        return start(ServeConfig.memory(0, Option.of(ADMIN_TOKEN)), limits);
    }

    static TestServer start(ServeConfig config, TransportLimits limits) {
        return new TestServer(config, limits);
    }

    Operator operator() { return new Operator(this); }

    /** The demo tenant the first start printed: its sandbox key and its PF and PJ templates. */
    Demo demo() {
        return new Demo(find("tenant id\\s*:\\s*(\\S+)"), find("sandbox key\\s*:\\s*(sk_test_\\S+)"),
                find("PF template id\\s*:\\s*(\\S+)"), find("PJ template id\\s*:\\s*(\\S+)"));
    }

    record Demo(String tenantId, String key, String pfTemplate, String pjTemplate) {}

    private String find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(banner());
        if (!m.find()) throw new AssertionError("banner lacks /" + regex + "/:\n" + banner());
        return m.group(1);
    }
}

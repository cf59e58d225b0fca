package kycert.adapters.http;

import io.vavr.control.Option;
import java.util.Objects;

/**
/**
 * The HTTP server's settings: port (0 = any free port), the operator token (none = operator plane off; at least
 * {@link #MIN_ADMIN_TOKEN_LENGTH} characters), body limit, the token {@code /metrics} asks for (none = open), and the
 * transport limits that keep hostile clients from exhausting the process.
 */
public record HttpSettings(int port, Option<String> adminToken, int maxBodyBytes, Option<String> metricsToken,
                           TransportLimits limits) {
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int MIN_ADMIN_TOKEN_LENGTH = AdminGate.MIN_TOKEN_LENGTH;

    public HttpSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(metricsToken, "metricsToken");
        Objects.requireNonNull(limits, "limits");
        metricsToken = metricsToken.filter(t -> !t.isBlank());
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive");
        adminToken = adminToken.filter(t -> !t.isBlank());
    }

    /** No metrics token, the default {@link TransportLimits}. */
    public HttpSettings(int port, Option<String> adminToken, int maxBodyBytes) {
        this(port, adminToken, maxBodyBytes, Option.none(), TransportLimits.defaults());
    }

    @Override
    public String toString() {
        // the operator and metrics tokens never reach a log through this record
        return "HttpSettings[port=" + port + ", adminToken=" + (adminToken.isDefined() ? "<set>" : "<none>")
                + ", maxBodyBytes=" + maxBodyBytes + ", metricsToken=" + (metricsToken.isDefined() ? "<set>" : "<none>")
                + ", limits=" + limits + "]";
    }
}

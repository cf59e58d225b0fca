package kycert.adapters.http;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The HTTP server's settings: port (0 = any free port), the operator token (none = operator plane off), body limit,
 * and the transport limits that keep hostile clients from exhausting the process.
 */
public record HttpSettings(int port, Option<String> adminToken, int maxBodyBytes, TransportLimits limits) {
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive");
        adminToken = adminToken.filter(t -> !t.isBlank());
    }

    /** With the default {@link TransportLimits}. */
    public HttpSettings(int port, Option<String> adminToken, int maxBodyBytes) {
        this(port, adminToken, maxBodyBytes, TransportLimits.defaults());
    }

    @Override
    public String toString() {
        // the operator token never reaches a log through this record
        return "HttpSettings[port=" + port + ", adminToken=" + (adminToken.isDefined() ? "<set>" : "<none>")
                + ", maxBodyBytes=" + maxBodyBytes + ", limits=" + limits + "]";
    }
}

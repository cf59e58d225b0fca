package kycert.adapters.http;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;

/**
 * What one client may hold of the server: connections (kept below the process's descriptor limit, so accepting can
 * never fail for lack of descriptors), how long a connection may sit idle, how long headers and a body may take to
 * arrive, and how many bodies may be read at once.
 */
public record TransportLimits(int maxConnections, Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout,
                             int maxBodiesInFlight) {
    /** Descriptors kept for everything but client connections: the store, logs, jars, outbound webhooks. */
    private static final int RESERVED_DESCRIPTORS = 256;
    private static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    public TransportLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        if (maxConnections < 1 || maxBodiesInFlight < 1) throw new IllegalArgumentException("limits must be positive");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || headerTimeout.isNegative() || headerTimeout.isZero()
                || bodyTimeout.isNegative() || bodyTimeout.isZero()) throw new IllegalArgumentException("time-outs must be positive");
    }

    /** 60 s idle, 10 s for headers, 30 s for a body, 64 bodies at once, connections below the descriptor limit. */
    public static TransportLimits defaults() {
        return new TransportLimits(defaultMaxConnections(), Duration.ofSeconds(60), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 64);
    }

    public TransportLimits withMaxConnections(int n) {
        return new TransportLimits(n, idleTimeout, headerTimeout, bodyTimeout, maxBodiesInFlight);
    }

    public TransportLimits withTimeouts(Duration idle, Duration header, Duration body) {
        return new TransportLimits(maxConnections, idle, header, body, maxBodiesInFlight);
    }

    public TransportLimits withMaxBodiesInFlight(int n) {
        return new TransportLimits(maxConnections, idleTimeout, headerTimeout, bodyTimeout, n);
    }

    /** At most 10,000, and never more than the descriptor limit minus a reserve (at least 16). */
    static int defaultMaxConnections() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long fds = unix.getMaxFileDescriptorCount();
            return (int) Math.max(16, Math.min(DEFAULT_MAX_CONNECTIONS, fds - RESERVED_DESCRIPTORS));
        }
        return DEFAULT_MAX_CONNECTIONS;
    }
}

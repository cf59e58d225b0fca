package kycert.adapters.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * One line per request: method, route template, status, milliseconds, request id and caller. Only safe values go
 * in: the route template instead of the path, a key's public prefix instead of the key; never headers or bodies.
 */
final class AccessLog {
    private static final Logger ACCESS = System.getLogger("kycert.http.access");
    private static final Logger ERRORS = System.getLogger("kycert.http");

    private AccessLog() {}

    static void request(String method, String route, int status, long nanos, String requestId, String caller) {
        if (!ACCESS.isLoggable(Level.INFO)) return;
        ACCESS.log(Level.INFO, method + " " + route + " " + status + " " + (nanos / 1_000_000) + "ms " + requestId
                + " caller=" + caller);
    }

    /** An unexpected failure: its class and stack frames, never its message (which may quote input or SQL values). */
    static void failure(String route, String requestId, Throwable error) {
        ERRORS.log(Level.ERROR, "internal error on " + route + " " + requestId + ": " + SafeThrowables.describe(error));
    }

    /** A client that went away or stopped sending: its business, one INFO line without a stack trace. */
    static void clientGone(String route, String requestId, String what) {
        ERRORS.log(Level.INFO, what + " on " + route + " " + requestId);
    }

    static void severe(String message) {
        ERRORS.log(Level.ERROR, message);
    }

    static void warning(String message) {
        ERRORS.log(Level.WARNING, message);
    }
}

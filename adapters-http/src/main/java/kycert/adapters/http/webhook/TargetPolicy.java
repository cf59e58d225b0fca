package kycert.adapters.http.webhook;

import io.vavr.control.Either;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * SSRF guard for webhook targets: http(s) only, and every address the host resolves to must be public — no
 * loopback, private (RFC 1918, fc00::/7), link-local (incl. cloud metadata 169.254.169.254), CGNAT, multicast or
 * unspecified addresses — unless private targets are explicitly allowed (development and tests).
 */
public final class TargetPolicy {
    private final boolean allowPrivate;

    public TargetPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public Either<ApiError, String> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return refuse("url must be an absolute http(s) URL.");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            return refuse("url must be an absolute http(s) URL.");
        }
        if (allowPrivate) return Either.right(url);
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(a)) return refuse("url resolves to a loopback, private or link-local address; webhooks go to public addresses only.");
            }
        } catch (UnknownHostException e) {
            return refuse("url's host does not resolve.");
        }
        return Either.right(url);
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) return false;                 // "this network", reserved, broadcast
            if (first == 100 && second >= 64 && second <= 127) return false; // CGNAT 100.64/10
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return false; // IETF protocol assignments
            if (first == 198 && (second == 18 || second == 19)) return false;  // benchmarking
        } else if (a instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) return false;                       // unique local fc00::/7
            if (v6.isIPv4CompatibleAddress()) return false;
            if (b[0] == 0x20 && b[1] == 0x02) return isPublic(v4(b, 2));    // 6to4 2002::/16 carries an IPv4 address
            if (isNat64(b)) return isPublic(v4(b, 12));                     // NAT64 64:ff9b::/96 reaches that IPv4 address
        }
        return true;
    }

    private static boolean isNat64(byte[] b) {
        if (b[0] != 0 || b[1] != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) return false;
        for (int i = 4; i < 12; i++) if (b[i] != 0) return false;
        return true;
    }

    private static InetAddress v4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    private static Either<ApiError, String> refuse(String message) {
        return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, message, "url"));
    }
}

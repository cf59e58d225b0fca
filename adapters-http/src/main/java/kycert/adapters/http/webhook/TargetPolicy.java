package kycert.adapters.http.webhook;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * SSRF guard for webhook targets: an http(s) URL in canonical form ({@link TargetUrl}) on an allowed port, whose
 * host resolves only to public addresses — no loopback, private (RFC 1918, fc00::/7), link-local (incl. cloud
 * metadata 169.254.169.254), CGNAT, multicast or unspecified ones. With private targets allowed (development and
 * tests) any address and any valid port pass. {@link #addresses} is also the sender's resolver, so the connection
 * goes to the very addresses that were checked.
 */
public final class TargetPolicy {
    /** The ports webhooks may use unless configured otherwise (KYCERT_WEBHOOK_ALLOWED_PORTS). */
    public static final Set<Integer> DEFAULT_PORTS = Set.of(80, 443);
    static final String REFUSED = "url resolves to a loopback, private or link-local address; webhooks go to public addresses only.";

    private final boolean allowPrivate;
    private final Set<Integer> allowedPorts;
    private final HostResolver resolver;

    public TargetPolicy(boolean allowPrivate) {
        this(allowPrivate, DEFAULT_PORTS, HostResolver.SYSTEM);
    }

    public TargetPolicy(boolean allowPrivate, Set<Integer> allowedPorts, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedPorts = Set.copyOf(allowedPorts);
        this.resolver = resolver;
    }

    /** The URL if it may be a webhook target now; else {@code invalid_parameter} on {@code url}. */
    public Either<ApiError, String> check(String url) {
        Either<ApiError, TargetUrl> shape = shape(url);
        if (shape.isLeft()) return Either.left(shape.getLeft());
        if (allowPrivate) return Either.right(url);
        try {
            addresses(shape.get().host());
            return Either.right(url);
        } catch (RefusedAddressException e) {
            return refuse(e.getMessage());
        } catch (UnknownHostException e) {
            return refuse("url's host does not resolve.");
        }
    }

    /** The URL taken apart, if its form and port are acceptable (no resolution). */
    Either<ApiError, TargetUrl> shape(String url) {
        Either<String, TargetUrl> parsed = TargetUrl.parse(url);
        if (parsed.isLeft()) return refuse(parsed.getLeft());
        int port = parsed.get().port();
        if (!allowPrivate && !allowedPorts.contains(port)) {
            return refuse("url's port " + port + " is not allowed; webhook targets may use only ports " + portList() + ".");
        }
        return Either.right(parsed.get());
    }

    /**
     * The addresses a connection to {@code host} may use, resolved once: all of them if every one is allowed, else
     * none ({@link RefusedAddressException}). Literal addresses are not resolved; non-canonical ones are refused.
     */
    List<InetAddress> addresses(String host) throws UnknownHostException {
        String written = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        Option<String> problem = TargetUrl.hostProblem(written);
        if (problem.isDefined()) throw new RefusedAddressException(problem.get());
        List<InetAddress> found = literal(written).map(List::of).getOrElse(List.of());
        if (found.isEmpty()) found = resolver.resolve(written);
        if (found.isEmpty()) throw new UnknownHostException("no address");
        if (!allowPrivate && !found.stream().allMatch(TargetPolicy::isPublic)) throw new RefusedAddressException(REFUSED);
        return found;
    }

    private static Option<InetAddress> literal(String host) throws UnknownHostException {
        if (host.startsWith("[")) return Option.of(InetAddress.getByName(host)); // bracketed: parsed, never looked up
        Option<byte[]> quad = TargetUrl.dottedQuad(host);
        return quad.isDefined() ? Option.of(InetAddress.getByAddress(quad.get())) : Option.none();
    }

    /** {@code 80,443,8443} as a set of ports 1..65535; none if the list is malformed. */
    public static Option<Set<Integer>> parsePorts(String list) {
        Set<Integer> ports = new TreeSet<>();
        for (String part : list.split(",", -1)) {
            String p = part.strip();
            if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) return Option.none();
            ports.add(Integer.parseInt(p));
        }
        return Option.of(Set.copyOf(ports));
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

    private String portList() {
        return new TreeSet<>(allowedPorts).stream().map(String::valueOf).collect(Collectors.joining(", "));
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

    private static <T> Either<ApiError, T> refuse(String message) {
        return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, message, "url"));
    }
}

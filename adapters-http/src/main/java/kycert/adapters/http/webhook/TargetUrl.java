package kycert.adapters.http.webhook;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A webhook URL taken apart in the one way every client, proxy and resolver agrees on: http(s), no user info, a
 * host that is a DNS name, a dotted-quad IPv4 address or a bracketed IPv6 address, and a port from 1 to 65535.
 */
record TargetUrl(String scheme, String host, int port) {
    static final String NOT_HTTP = "url must be an absolute http(s) URL.";
    static final String NOT_DOTTED_QUAD = "url's host looks like an IPv4 address but is not four decimal numbers 0-255"
            + " without leading zeros (a.b.c.d); octal, hex, integer and shortened forms are refused.";
    static final String BAD_PORT = "url's port must be a number from 1 to 65535.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");
    // WHATWG URL: a host whose last label is a number is an IPv4 address to browsers, curl and inet_aton alike
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|0[xX][0-9A-Fa-f]*");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    static Either<String, TargetUrl> parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Either.left(NOT_HTTP);
        }
        String scheme = Option.of(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).getOrElse("");
        String authority = uri.getRawAuthority();
        if (!(scheme.equals("http") || scheme.equals("https")) || authority == null) return Either.left(NOT_HTTP);
        if (authority.contains("@")) return Either.left("url must not carry a user name or password.");
        int colon = authority.startsWith("[") ? authority.indexOf(':', Math.max(0, authority.indexOf(']'))) : authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        Option<String> hostProblem = hostProblem(host);
        if (hostProblem.isDefined()) return Either.left(hostProblem.get());
        Either<String, Integer> port = colon < 0 ? Either.right(-1) : port(authority.substring(colon + 1));
        if (port.isLeft()) return Either.left(port.getLeft());
        if (uri.getHost() == null) return Either.left("url's host is not a valid host name.");
        int effective = port.get() == -1 ? (scheme.equals("https") ? 443 : 80) : port.get();
        return Either.right(new TargetUrl(scheme, host, effective));
    }

    /** Why {@code host} (as written in a URL, IPv6 in brackets) cannot be a webhook host, if it cannot. */
    static Option<String> hostProblem(String host) {
        if (host.isEmpty()) return Option.of(NOT_HTTP);
        if (host.startsWith("[")) {
            if (!IPV6.matcher(host).matches()) return Option.of("url's IPv6 address must be written in brackets, without a zone.");
            String tail = host.substring(host.lastIndexOf(':') + 1, host.length() - 1);
            return tail.contains(".") && !isDottedQuad(tail.split("\\.", -1)) ? Option.of(NOT_DOTTED_QUAD) : Option.none();
        }
        if (!NAME.matcher(host).matches()) return Option.of("url's host must be a DNS name (letters, digits, hyphens, dots) or an IP address.");
        String[] labels = host.split("\\.");
        if (NUMBER.matcher(labels[labels.length - 1]).matches() && !isDottedQuad(labels)) return Option.of(NOT_DOTTED_QUAD);
        return Option.none();
    }

    /** The canonical IPv4 address {@code host} spells, if it is one. */
    static Option<byte[]> dottedQuad(String host) {
        String[] labels = host.split("\\.", -1);
        if (!isDottedQuad(labels)) return Option.none();
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) address[i] = (byte) Integer.parseInt(labels[i]);
        return Option.of(address);
    }

    private static boolean isDottedQuad(String[] labels) {
        if (labels.length != 4) return false;
        for (String label : labels) {
            if (!OCTET.matcher(label).matches() || Integer.parseInt(label) > 255) return false;
        }
        return true;
    }

    private static Either<String, Integer> port(String text) {
        if (text.isEmpty()) return Either.right(-1); // "host:" means the scheme's port (RFC 3986)
        if (!PORT.matcher(text).matches()) return Either.left(BAD_PORT);
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? Either.right(port) : Either.left(BAD_PORT);
    }
}

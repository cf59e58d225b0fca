package kycert.adapters.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Who is on the other end of the connection, for login throttling and the audit log: the socket's remote address.
 * Forwarding headers (X-Forwarded-For, Forwarded) are ignored: any client can write them, so trusting them would
 * let one address spread its failed logins over invented ones.
 */
final class ClientAddress {
    private ClientAddress() {}

    static String of(Exchange ex) {
        SocketAddress address = ex.request().remotePeer().address();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) return inet.getAddress().getHostAddress();
        return "unknown";
    }
}

package kycert.adapters.http.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a DNS name into addresses; the system's resolver in production, a script in tests. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}

package kycert.adapters.http.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/** The HTTP client's only resolver: it connects to exactly the addresses the target policy has just resolved and checked. */
final class PinnedDnsResolver implements DnsResolver {
    private final TargetPolicy policy;

    PinnedDnsResolver(TargetPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return policy.addresses(host).toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // never asked for a webhook (no Kerberos/SPNEGO); a reverse lookup would only add a query
    }
}

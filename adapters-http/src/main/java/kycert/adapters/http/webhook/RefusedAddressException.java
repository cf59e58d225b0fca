package kycert.adapters.http.webhook;

import java.net.UnknownHostException;

/** A webhook host resolved to an address the target policy refuses; to the HTTP client, a host it cannot reach. */
final class RefusedAddressException extends UnknownHostException {
    RefusedAddressException(String message) {
        super(message);
    }
}

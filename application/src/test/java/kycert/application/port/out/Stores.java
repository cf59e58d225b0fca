package kycert.application.port.out;

import java.util.Objects;

/**
 * One fresh store seen through both planes. The management contracts need the data plane too: users and endpoints
 * belong to stored tenants, and deliveries only get in by ending an accepted run.
 */
public record Stores(Ports ports, ManagementPorts management) {
    public Stores {
        Objects.requireNonNull(ports);
        Objects.requireNonNull(management);
    }
}

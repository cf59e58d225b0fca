package kycert.domain.tenant;

/** Whether a tenant may run live checks. */
public enum TenantStatus {
    ACTIVE("active"),
    SUSPENDED("suspended");

    private final String wire;

    TenantStatus(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}

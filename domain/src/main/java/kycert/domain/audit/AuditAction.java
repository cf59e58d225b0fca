package kycert.domain.audit;

/** What the audit log records. */
public enum AuditAction {
    LOGIN_SUCCEEDED("login.succeeded"),
    LOGIN_FAILED("login.failed"),
    API_KEY_CREATED("api_key.created"),
    API_KEY_REVOKED("api_key.revoked"),
    API_KEY_REGENERATED("api_key.regenerated"),
    TEMPLATE_CREATED("template.created"),
    TEMPLATE_DEACTIVATED("template.deactivated"),
    WEBHOOK_ENDPOINT_CREATED("webhook_endpoint.created"),
    WEBHOOK_ENDPOINT_DELETED("webhook_endpoint.deleted"),
    USER_CREATED("user.created");

    private final String wire;

    AuditAction(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}

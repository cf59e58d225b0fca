package kycert.application.port.out;

import java.util.Objects;

/** The stores of the management plane: users, webhooks and their outbox, the audit log, failed-login counters. */
public record ManagementPorts(UserStorePort users, WebhookEndpointStorePort webhookEndpoints,
                             WebhookDeliveryStorePort webhookDeliveries, AuditLogPort auditLog, RunCompletionPort runCompletion,
                             LoginAttemptsPort loginAttempts) {
    public ManagementPorts {
        Objects.requireNonNull(users);
        Objects.requireNonNull(webhookEndpoints);
        Objects.requireNonNull(webhookDeliveries);
        Objects.requireNonNull(auditLog);
        Objects.requireNonNull(runCompletion);
        Objects.requireNonNull(loginAttempts);
    }
}

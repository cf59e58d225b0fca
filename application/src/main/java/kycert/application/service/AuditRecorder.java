package kycert.application.service;

import java.time.Clock;
import java.util.Map;
import kycert.application.port.out.AuditLogPort;
import kycert.application.port.out.RandomnessPort;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditAction;
import kycert.domain.audit.AuditEvent;
import kycert.domain.tenant.TenantId;

/** Appends audit events for one actor at one client address. */
public final class AuditRecorder {
    private final AuditLogPort log;
    private final RandomnessPort randomness;
    private final Clock clock;
    private final Actor actor;
    private final String clientAddress;

    public AuditRecorder(AuditLogPort log, RandomnessPort randomness, Clock clock, Actor actor, String clientAddress) {
        this.log = log;
        this.randomness = randomness;
        this.clock = clock;
        this.actor = actor;
        this.clientAddress = clientAddress == null ? "" : clientAddress;
    }

    public void record(TenantId tenant, AuditAction action, String targetType, String targetId, Map<String, String> details) {
        log.append(new AuditEvent(randomness.uuid(), tenant, actor, action, targetType, targetId, details, clientAddress, clock.instant()));
    }
}

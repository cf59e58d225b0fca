package kycert.adapters.http.json;

import java.util.Map;
import java.util.TreeMap;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditEvent;

/** One audit record: who did what to which thing, from where and when; details are already redacted. */
public record AuditEventJson(String id, String object, String action, ActorJson actor, String targetType, String targetId,
                             Map<String, String> details, String clientAddress, String createdAt) {

    /** Who acted: a user (id, masked email), the operator, or an anonymous caller (id null). */
    public record ActorJson(String type, String id, String display) {
        static ActorJson of(Actor actor) {
            return new ActorJson(actor.type(), actor.id().isEmpty() ? null : actor.id(), actor.display());
        }
    }

    public static AuditEventJson of(AuditEvent e) {
        return new AuditEventJson(e.id().toString(), "audit_event", e.action().wire(), ActorJson.of(e.actor()), e.targetType(),
                e.targetId(), new TreeMap<>(e.details()), e.clientAddress().isEmpty() ? null : e.clientAddress(),
                Timestamps.format(e.at()));
    }
}

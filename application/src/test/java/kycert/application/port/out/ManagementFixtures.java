package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.accepted;
import static kycert.application.port.out.PortFixtures.completed;
import static kycert.application.port.out.PortFixtures.run;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.apikey.Environment;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditAction;
import kycert.domain.audit.AuditEvent;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.run.Run;
import kycert.domain.tenant.TenantId;
import kycert.domain.user.Email;
import kycert.domain.user.User;
import kycert.domain.user.UserId;
import kycert.domain.webhook.EventType;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;

/**
 * Values the management-plane contracts store, the listings' order, and the one way deliveries get in: ending an
 * accepted run with its outbox.
 */
public final class ManagementFixtures {
    /** The canonical text order of UUIDs is their unsigned order, the one SQL databases sort by. */
    public static final Comparator<UUID> UNSIGNED = Comparator.comparing(UUID::toString);
    /** Every management listing's order: time descending, then id descending (unsigned). */
    public static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::createdAt)
            .thenComparing(Position::id, UNSIGNED).reversed();
    public static final String PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

    private ManagementFixtures() {}

    /** A fresh address, so contracts never collide on the one-user-per-email rule. */
    public static Email email(String local) {
        return new Email(local + "." + UUID.randomUUID().toString().substring(0, 8) + "@corretora.com.br");
    }

    public static User user(TenantId tenant, Email email) {
        return new User(new UserId(UUID.randomUUID()), tenant, email, PASSWORD_HASH, T0);
    }

    /** Fresh random ids, alternately below and above 2^127, so a listing that compares UUIDs signed is caught. */
    public static List<UUID> idsAcrossTheSignBit(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID r = UUID.randomUUID();
            long high = i % 2 == 0 ? r.getMostSignificantBits() & Long.MAX_VALUE : r.getMostSignificantBits() | Long.MIN_VALUE;
            ids.add(new UUID(high, r.getLeastSignificantBits()));
        }
        return ids;
    }

    public static WebhookEndpoint endpoint(TenantId tenant, Instant createdAt) {
        return endpoint(tenant, createdAt, UUID.randomUUID());
    }

    public static WebhookEndpoint endpoint(TenantId tenant, Instant createdAt, UUID id) {
        return new WebhookEndpoint(new WebhookEndpointId(id), tenant,
                "https://hooks.example.com/kyc/" + UUID.randomUUID(), "v1.sealed-" + UUID.randomUUID(), createdAt);
    }

    /** A pending delivery to no endpoint in particular, due when it is created. */
    public static WebhookDelivery delivery(TenantId tenant, Instant createdAt) {
        return delivery(tenant, createdAt, Option.none());
    }

    public static WebhookDelivery delivery(TenantId tenant, Instant createdAt, Option<WebhookEndpointId> endpoint) {
        return delivery(tenant, createdAt, endpoint, UUID.randomUUID());
    }

    public static WebhookDelivery delivery(TenantId tenant, Instant createdAt, Option<WebhookEndpointId> endpoint, UUID id) {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        return WebhookDelivery.pending(id, tenant, eventId, EventType.RUN_COMPLETED, endpoint,
                "https://hooks.example.com/kyc", "{\"id\":\"" + eventId + "\",\"data\":{\"name\":\"João Ñandú\"}}", createdAt);
    }

    /** Accepts a run of the account and ends it with {@code outbox}, failing the test if the end is refused. */
    public static List<WebhookDelivery> endedWith(Stores stores, Account account, List<WebhookDelivery> outbox) {
        Run run = accepted(stores.ports(), run(account, Environment.TEST, T0, null));
        if (!stores.management().runCompletion().end(completed(run, T0), outbox)) throw new AssertionError("end refused");
        return outbox;
    }

    /** Writes one pending delivery of the account, created (and due) at {@code createdAt}. */
    public static WebhookDelivery written(Stores stores, Account account, Instant createdAt) {
        return endedWith(stores, account, List.of(delivery(account.id(), createdAt))).getFirst();
    }

    public static AuditEvent auditEvent(TenantId tenant, Instant at) {
        return auditEvent(tenant, at, UUID.randomUUID());
    }

    public static AuditEvent auditEvent(TenantId tenant, Instant at, UUID id) {
        return new AuditEvent(id, tenant, Actor.user(UUID.randomUUID().toString(), "a***@corretora.com.br"),
                AuditAction.API_KEY_CREATED, "api_key", UUID.randomUUID().toString(), Map.of("name", "backend"),
                "203.0.113.7", at);
    }

    /** One page of a listing. */
    @FunctionalInterface
    public interface Listing<T> {
        List<T> page(Option<Position> after, int limit);
    }

    /** Every item, visited page by page, each page starting strictly after the last item of the one before. */
    public static <T> List<T> pageThrough(Listing<T> listing, Function<T, Position> position, int pageSize) {
        List<T> visited = new ArrayList<>();
        Option<Position> after = Option.none();
        for (int page = 0; page < 1000; page++) {
            List<T> rows = listing.page(after, pageSize);
            if (rows.isEmpty()) return visited;
            visited.addAll(rows);
            after = Option.of(position.apply(rows.getLast()));
        }
        throw new AssertionError("paging never ended");
    }
}

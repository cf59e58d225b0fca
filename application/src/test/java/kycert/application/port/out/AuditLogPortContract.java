package kycert.application.port.out;

import static kycert.application.port.out.ManagementFixtures.NEWEST_FIRST;
import static kycert.application.port.out.ManagementFixtures.auditEvent;
import static kycert.application.port.out.ManagementFixtures.idsAcrossTheSignBit;
import static kycert.application.port.out.ManagementFixtures.pageThrough;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.audit.Actor;
import kycert.domain.audit.AuditAction;
import kycert.domain.audit.AuditEvent;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLogPort} promises: an appended event is listed exactly as appended (actor, details, client
 * address), only to its tenant, newest first (at desc, then id desc compared unsigned), strictly after a position.
 */
public abstract class AuditLogPortContract {
    protected Stores stores;
    private AuditLogPort log;
    private Account account;

    /** A fresh, empty store seen through both planes; called before every test. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpStores() {
        stores = newStores();
        log = stores.management().auditLog();
        account = account(stores.ports(), 0);
    }

    private AuditEvent appended(TenantId tenant, Instant at) {
        return appended(auditEvent(tenant, at));
    }

    private AuditEvent appended(AuditEvent e) {
        log.append(e);
        return e;
    }

    private List<AuditEvent> all(TenantId tenant) {
        return log.list(tenant, Option.none(), 100);
    }

    private static Position position(AuditEvent e) {
        return new Position(e.at(), e.id());
    }

    @Test
    void appendedEvent_isListed_exactlyAsAppended() {
        AuditEvent e = new AuditEvent(UUID.randomUUID(), account.id(), Actor.user(UUID.randomUUID().toString(), "a***@corretora.com.br"),
                AuditAction.WEBHOOK_ENDPOINT_CREATED, "webhook_endpoint", UUID.randomUUID().toString(),
                Map.of("url", "https://hooks.example.com/kyc?a=1&b=\"2\"", "note", "café ✓ \\ {}\n\tfim", "empty", ""),
                "2001:db8::7", T0.plusNanos(123_456_789));

        log.append(e);

        assertThat(all(account.id())).containsExactly(e);
    }

    @Test
    void operatorAndAnonymousActors_andEmptyDetails_roundTripExactly() {
        AuditEvent byOperator = new AuditEvent(UUID.randomUUID(), account.id(), Actor.operator(), AuditAction.USER_CREATED, "user",
                UUID.randomUUID().toString(), Map.of(), "127.0.0.1", T0.plusSeconds(1));
        AuditEvent byAnonymous = new AuditEvent(UUID.randomUUID(), account.id(), Actor.anonymous("a***@corretora.com.br"),
                AuditAction.LOGIN_FAILED, "user", "", Map.of("reason", "bad_credentials"), "", T0);

        log.append(byOperator);
        log.append(byAnonymous);

        assertThat(all(account.id())).containsExactly(byOperator, byAnonymous);
    }

    @Test
    void list_isNewestFirst() {
        AuditEvent first = appended(account.id(), T0);
        AuditEvent third = appended(account.id(), T0.plusSeconds(20));
        AuditEvent second = appended(account.id(), T0.plusSeconds(10));

        assertThat(all(account.id())).containsExactly(third, second, first);
    }

    @Test
    void list_ordersEventsAtTheSameInstant_byIdDescending() {
        List<AuditEvent> tied = new ArrayList<>();
        for (UUID id : idsAcrossTheSignBit(6)) tied.add(appended(auditEvent(account.id(), T0.plusSeconds(5), id)));
        tied.sort(Comparator.comparing(AuditLogPortContract::position, NEWEST_FIRST));

        assertThat(all(account.id())).containsExactlyElementsOf(tied);
    }

    @Test
    void list_returnsAtMostLimitEvents_theNewest() {
        List<AuditEvent> events = IntStream.range(0, 5).mapToObj(i -> appended(account.id(), T0.plusSeconds(i))).toList();

        assertThat(log.list(account.id(), Option.none(), 2)).containsExactly(events.get(4), events.get(3));
    }

    @Test
    void list_startsStrictlyAfterThePosition() {
        AuditEvent first = appended(account.id(), T0);
        AuditEvent second = appended(account.id(), T0.plusSeconds(10));
        appended(account.id(), T0.plusSeconds(20));

        assertThat(log.list(account.id(), Option.of(position(second)), 10)).containsExactly(first);
    }

    @Test
    void pagingByTheLastEventsPosition_visitsEveryEventOnce_inOrder_evenAcrossTies() {
        List<AuditEvent> events = new ArrayList<>();
        List<UUID> ids = idsAcrossTheSignBit(12);
        for (int i = 0; i < 12; i++) events.add(appended(auditEvent(account.id(), T0.plusSeconds(i / 4).plusNanos(i / 2 % 2 * 1_000), ids.get(i))));
        events.sort(Comparator.comparing(AuditLogPortContract::position, NEWEST_FIRST));

        assertThat(pageThrough((after, limit) -> log.list(account.id(), after, limit), AuditLogPortContract::position, 5))
                .containsExactlyElementsOf(events);
    }

    @Test
    void list_showsOnlyTheTenantsEvents() {
        AuditEvent mine = appended(account.id(), T0);
        Account other = account(stores.ports(), 0);
        AuditEvent theirs = appended(other.id(), T0.plusSeconds(1));

        assertThat(all(account.id())).containsExactly(mine);
        assertThat(all(other.id())).containsExactly(theirs);
        assertThat(all(account(stores.ports(), 0).id())).isEmpty();
    }
}

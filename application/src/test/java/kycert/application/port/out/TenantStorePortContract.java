package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.concurrently;
import static kycert.application.port.out.PortFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TenantStorePort} promises: tenants by id, atomic credit additions, status changes. */
public abstract class TenantStorePortContract {
    protected Ports ports;
    private TenantStorePort tenants;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        tenants = ports.tenants();
    }

    @Test
    void insertedTenant_isFoundById() {
        Tenant tenant = tenant(7);
        tenants.insert(tenant);

        assertThat(tenants.find(tenant.id())).containsExactly(tenant);
    }

    @Test
    void unknownTenant_isNotFound() {
        assertThat(tenants.find(new TenantId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void addCredits_addsToTheBalance_andAnswersTheTenantAsStored() {
        Tenant tenant = tenant(7);
        tenants.insert(tenant);

        assertThat(tenants.addCredits(tenant.id(), 5)).containsExactly(tenant.withCredits(12));
        assertThat(tenants.find(tenant.id())).containsExactly(tenant.withCredits(12));
    }

    @Test
    void addCredits_toAnUnknownTenant_answersNone() {
        assertThat(tenants.addCredits(new TenantId(UUID.randomUUID()), 5)).isEmpty();
    }

    @Test
    void addCredits_fromManyThreads_losesNoAddition() {
        Tenant tenant = tenant(0);
        tenants.insert(tenant);

        concurrently(8, thread -> {
            for (int i = 0; i < 25; i++) tenants.addCredits(tenant.id(), 1);
            return null;
        });

        assertThat(tenants.find(tenant.id()).get().credits()).isEqualTo(200);
    }

    @Test
    void addCredits_withAGrantKey_isAppliedOncePerKey_andAgainAfter24h() {
        Tenant tenant = tenant(0);
        tenants.insert(tenant);
        String grant = PortFixtures.scopedKeyHash();

        assertThat(tenants.addCredits(tenant.id(), 200, grant, PortFixtures.T0)).containsExactly(tenant.withCredits(200));
        assertThat(tenants.addCredits(tenant.id(), 200, grant, PortFixtures.T0.plusSeconds(60))).containsExactly(tenant.withCredits(200));
        assertThat(tenants.addCredits(tenant.id(), 5, PortFixtures.scopedKeyHash(), PortFixtures.T0)).containsExactly(tenant.withCredits(205));
        java.time.Instant nextDay = PortFixtures.T0.plus(kycert.domain.idempotency.IdempotencyRecord.TTL).plusSeconds(1);
        assertThat(tenants.addCredits(tenant.id(), 200, grant, nextDay)).containsExactly(tenant.withCredits(405));
    }

    @Test
    void addCredits_withAGrantKey_fromManyThreads_isAppliedOnce() {
        Tenant tenant = tenant(0);
        tenants.insert(tenant);
        String grant = PortFixtures.scopedKeyHash();

        concurrently(8, thread -> tenants.addCredits(tenant.id(), 200, grant, PortFixtures.T0));

        assertThat(tenants.find(tenant.id()).get().credits()).isEqualTo(200);
    }

    @Test
    void addCredits_withAGrantKey_toAnUnknownTenant_answersNone() {
        assertThat(tenants.addCredits(new TenantId(UUID.randomUUID()), 5, PortFixtures.scopedKeyHash(), PortFixtures.T0)).isEmpty();
    }

    @Test
    void addCredits_changesOnlyThatTenant() {
        Tenant one = tenant(1);
        Tenant other = tenant(1);
        tenants.insert(one);
        tenants.insert(other);

        tenants.addCredits(one.id(), 10);

        assertThat(tenants.find(other.id())).containsExactly(other);
    }

    @Test
    void setStatus_suspendsAndResumes_keepingTheBalance() {
        Tenant tenant = tenant(3);
        tenants.insert(tenant);

        assertThat(tenants.setStatus(tenant.id(), TenantStatus.SUSPENDED)).containsExactly(tenant.withStatus(TenantStatus.SUSPENDED));
        assertThat(tenants.find(tenant.id())).containsExactly(tenant.withStatus(TenantStatus.SUSPENDED));
        assertThat(tenants.setStatus(tenant.id(), TenantStatus.ACTIVE)).containsExactly(tenant);
        assertThat(tenants.find(tenant.id())).containsExactly(tenant);
    }

    @Test
    void setStatus_ofAnUnknownTenant_answersNone() {
        assertThat(tenants.setStatus(new TenantId(UUID.randomUUID()), TenantStatus.SUSPENDED)).isEmpty();
    }

    @Test
    void count_growsByOneWithEachInsert() {
        long before = tenants.count();

        tenants.insert(tenant(0));
        tenants.insert(tenant(0));

        assertThat(tenants.count()).isEqualTo(before + 2);
    }

    @Test
    void setRateLimit_changesTheCeiling_andAnswersTheTenantAsStored() {
        Tenant tenant = tenant(7);
        tenants.insert(tenant);
        assertThat(tenants.find(tenant.id()).get().rateLimit()).isEqualTo(Tenant.DEFAULT_RATE_LIMIT);

        assertThat(tenants.setRateLimit(tenant.id(), 250_000)).containsExactly(tenant.withRateLimit(250_000));
        assertThat(tenants.find(tenant.id())).containsExactly(tenant.withRateLimit(250_000));
        assertThat(tenants.setRateLimit(new TenantId(UUID.randomUUID()), 5)).isEmpty();
    }
}

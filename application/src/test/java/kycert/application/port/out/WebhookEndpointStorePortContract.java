package kycert.application.port.out;

import static kycert.application.port.out.ManagementFixtures.endpoint;
import static kycert.application.port.out.ManagementFixtures.idsAcrossTheSignBit;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookEndpointStorePort} promises: an endpoint is seen, listed and deleted only by its tenant;
 * the listing is newest first (created_at desc, then id desc compared unsigned, as SQL sorts UUIDs); a delete
 * answers whether there was such an endpoint.
 */
public abstract class WebhookEndpointStorePortContract {
    protected Stores stores;
    private WebhookEndpointStorePort endpoints;
    private Account account;

    /** A fresh, empty store seen through both planes; called before every test. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpStores() {
        stores = newStores();
        endpoints = stores.management().webhookEndpoints();
        account = account(stores.ports(), 0);
    }

    private WebhookEndpoint inserted(Account owner, int secondsAfterT0) {
        WebhookEndpoint e = endpoint(owner.id(), T0.plusSeconds(secondsAfterT0));
        endpoints.insert(e);
        return e;
    }

    @Test
    void insertedEndpoint_isFoundByItsTenant_exactlyAsInserted() {
        WebhookEndpoint e = endpoint(account.id(), T0.plusNanos(123_456_789));
        endpoints.insert(e);

        assertThat(endpoints.find(account.id(), e.id())).containsExactly(e);
        assertThat(endpoints.list(account.id())).containsExactly(e);
    }

    @Test
    void endpoint_isNotFoundByAnotherTenant() {
        WebhookEndpoint e = inserted(account, 0);
        Account other = account(stores.ports(), 0);

        assertThat(endpoints.find(other.id(), e.id())).isEmpty();
    }

    @Test
    void unknownEndpoint_isNotFound() {
        inserted(account, 0);

        assertThat(endpoints.find(account.id(), new WebhookEndpointId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void list_isNewestFirst() {
        WebhookEndpoint first = inserted(account, 0);
        WebhookEndpoint third = inserted(account, 20);
        WebhookEndpoint second = inserted(account, 10);

        assertThat(endpoints.list(account.id())).containsExactly(third, second, first);
    }

    @Test
    void list_ordersEndpointsCreatedAtTheSameInstant_byIdDescending() {
        List<WebhookEndpoint> tied = new ArrayList<>();
        for (UUID id : idsAcrossTheSignBit(6)) {
            WebhookEndpoint e = endpoint(account.id(), T0.plusSeconds(5), id);
            endpoints.insert(e);
            tied.add(e);
        }
        tied.sort(Comparator.comparing((WebhookEndpoint e) -> e.id().value(), ManagementFixtures.UNSIGNED).reversed());

        assertThat(endpoints.list(account.id())).containsExactlyElementsOf(tied);
    }

    @Test
    void list_showsOnlyTheTenantsEndpoints() {
        WebhookEndpoint mine = inserted(account, 0);
        Account other = account(stores.ports(), 0);
        WebhookEndpoint theirs = inserted(other, 1);

        assertThat(endpoints.list(account.id())).containsExactly(mine);
        assertThat(endpoints.list(other.id())).containsExactly(theirs);
        assertThat(endpoints.list(account(stores.ports(), 0).id())).isEmpty();
    }

    @Test
    void delete_removesTheEndpoint_andOnlyIt() {
        WebhookEndpoint kept = inserted(account, 0);
        WebhookEndpoint deleted = inserted(account, 1);

        assertThat(endpoints.delete(account.id(), deleted.id())).isTrue();

        assertThat(endpoints.find(account.id(), deleted.id())).isEmpty();
        assertThat(endpoints.list(account.id())).containsExactly(kept);
        assertThat(endpoints.find(account.id(), kept.id())).containsExactly(kept);
    }

    @Test
    void delete_ofAnotherTenantsEndpoint_isFalse_andKeepsIt() {
        WebhookEndpoint e = inserted(account, 0);
        Account other = account(stores.ports(), 0);

        assertThat(endpoints.delete(other.id(), e.id())).isFalse();

        assertThat(endpoints.find(account.id(), e.id())).containsExactly(e);
    }

    @Test
    void delete_ofAnUnknownOrAlreadyDeletedEndpoint_isFalse() {
        WebhookEndpoint e = inserted(account, 0);
        endpoints.delete(account.id(), e.id());

        assertThat(endpoints.delete(account.id(), e.id())).isFalse();
        assertThat(endpoints.delete(account.id(), new WebhookEndpointId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void insertWithin_fromFortyThreadsAtOnce_keepsExactlyTheCap() {
        List<Boolean> inserted = PortFixtures.concurrently(40, t -> endpoints.insertWithin(endpoint(account.id(), T0.plusSeconds(t)), 16));

        assertThat(inserted.stream().filter(b -> b).count()).isEqualTo(16);
        assertThat(endpoints.list(account.id())).hasSize(16);
    }

    @Test
    void insertWithin_countsOnlyTheTenantsOwnEndpoints_andADeleteFreesASlot() {
        Account other = account(stores.ports(), 0);
        for (int i = 0; i < 2; i++) assertThat(endpoints.insertWithin(endpoint(other.id(), T0.plusSeconds(i)), 2)).isTrue();
        assertThat(endpoints.insertWithin(endpoint(other.id(), T0.plusSeconds(3)), 2)).isFalse();
        WebhookEndpoint mine = endpoint(account.id(), T0);
        assertThat(endpoints.insertWithin(mine, 2)).isTrue();
        assertThat(endpoints.insertWithin(endpoint(account.id(), T0.plusSeconds(1)), 2)).isTrue();
        assertThat(endpoints.insertWithin(endpoint(account.id(), T0.plusSeconds(2)), 2)).isFalse();

        endpoints.delete(account.id(), mine.id());
        assertThat(endpoints.insertWithin(endpoint(account.id(), T0.plusSeconds(4)), 2)).isTrue();
        assertThat(endpoints.list(account.id())).hasSize(2);
    }
}

package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.HASHER;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.apiKey;
import static kycert.application.port.out.PortFixtures.secret;
import static kycert.application.port.out.PortFixtures.insertedTenant;
import static kycert.application.port.out.PortFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.Environment;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyStorePort} promises: keys by hash and id, changes seen at once, last use only forward. */
public abstract class ApiKeyStorePortContract {
    protected Ports ports;
    private ApiKeyStorePort keys;
    private TenantId tenant;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        keys = ports.apiKeys();
        tenant = insertedTenant(ports);
    }

    @Test
    void insertedKey_isFoundByHashAndById() {
        ApiKey key = apiKey(tenant, Environment.LIVE, T0);
        keys.insert(key);

        assertThat(keys.findByHash(key.hash())).containsExactly(key);
        assertThat(keys.find(tenant, key.id())).containsExactly(key);
    }

    @Test
    void unknownHashOrId_isNotFound() {
        keys.insert(apiKey(tenant, Environment.TEST, T0));

        assertThat(keys.findByHash(HASHER.hash(secret(Environment.TEST)))).isEmpty();
        assertThat(keys.find(tenant, new ApiKeyId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void key_isNotFoundUnderAnotherTenant() {
        ApiKey key = apiKey(tenant, Environment.TEST, T0);
        keys.insert(key);

        assertThat(keys.find(insertedTenant(ports), key.id())).isEmpty();
    }

    @Test
    void revokedKey_isSeenRevokedByItsHash_atOnce() {
        ApiKey key = apiKey(tenant, Environment.LIVE, T0);
        keys.insert(key);
        keys.findByHash(key.hash());

        ApiKey revoked = key.revoke(T0.plusSeconds(60));
        keys.update(revoked);

        assertThat(keys.findByHash(key.hash())).containsExactly(revoked);
        assertThat(keys.findByHash(key.hash()).get().active()).isFalse();
        assertThat(keys.find(tenant, key.id())).containsExactly(revoked);
    }

    @Test
    void regeneratedKey_isNotFoundByItsOldHash_butByItsNewOne() {
        ApiKey key = apiKey(tenant, Environment.LIVE, T0);
        keys.insert(key);
        keys.findByHash(key.hash());

        ApiKey regenerated = key.regenerate(secret(Environment.LIVE), HASHER);
        keys.update(regenerated);

        assertThat(keys.findByHash(key.hash())).isEmpty();
        assertThat(keys.findByHash(regenerated.hash())).containsExactly(regenerated);
        assertThat(keys.find(tenant, key.id())).containsExactly(regenerated);
    }

    @Test
    void update_changesOnlyThatKey() {
        ApiKey key = apiKey(tenant, Environment.LIVE, T0);
        ApiKey other = apiKey(tenant, Environment.LIVE, T0);
        keys.insert(key);
        keys.insert(other);

        keys.update(key.revoke(T0.plusSeconds(1)));

        assertThat(keys.findByHash(other.hash())).containsExactly(other);
    }

    @Test
    void list_isTheTenantsKeys_newestFirst() {
        ApiKey oldest = apiKey(tenant, Environment.LIVE, T0);
        ApiKey newest = apiKey(tenant, Environment.TEST, T0.plusSeconds(20));
        ApiKey middle = apiKey(tenant, Environment.TEST, T0.plusSeconds(10));
        keys.insert(oldest);
        keys.insert(newest);
        keys.insert(middle);
        keys.insert(apiKey(insertedTenant(ports), Environment.TEST, T0.plusSeconds(15)));

        assertThat(keys.list(tenant)).containsExactly(newest, middle, oldest);
    }

    @Test
    void list_ofATenantWithoutKeys_isEmpty() {
        keys.insert(apiKey(tenant, Environment.TEST, T0));

        assertThat(keys.list(insertedTenant(ports))).isEmpty();
    }

    @Test
    void touch_recordsLastUse_forEveryKeyInTheBatch() {
        ApiKey one = apiKey(tenant, Environment.LIVE, T0);
        ApiKey two = apiKey(tenant, Environment.TEST, T0);
        keys.insert(one);
        keys.insert(two);

        keys.touch(Map.of(one.id(), T0.plusSeconds(5), two.id(), T0.plusSeconds(7)));

        assertThat(keys.find(tenant, one.id()).get().lastUsedAt()).containsExactly(T0.plusSeconds(5));
        assertThat(keys.findByHash(two.hash()).get().lastUsedAt()).containsExactly(T0.plusSeconds(7));
    }

    @Test
    void touch_onlyMovesLastUseForward() {
        ApiKey key = apiKey(tenant, Environment.LIVE, T0);
        keys.insert(key);

        keys.touch(Map.of(key.id(), T0.plusSeconds(30)));
        keys.touch(Map.of(key.id(), T0.plusSeconds(10)));

        assertThat(keys.find(tenant, key.id()).get().lastUsedAt()).containsExactly(T0.plusSeconds(30));

        keys.touch(Map.of(key.id(), T0.plusSeconds(40)));

        assertThat(keys.find(tenant, key.id()).get().lastUsedAt()).containsExactly(T0.plusSeconds(40));
    }

    @Test
    void touch_keepsTheKeyOtherwiseUnchanged() {
        ApiKey key = apiKey(tenant, Environment.LIVE, T0);
        keys.insert(key);

        keys.touch(Map.of(key.id(), T0.plusSeconds(3)));

        assertThat(keys.findByHash(key.hash())).containsExactly(key.usedAt(T0.plusSeconds(3)));
    }

    @Test
    void insertWithin_fromFortyThreadsAtOnce_keepsExactlyTheCapOfActiveKeys() {
        java.util.List<Boolean> inserted = PortFixtures.concurrently(40, t -> keys.insertWithin(apiKey(tenant, Environment.TEST, T0.plusSeconds(t)), 16));

        assertThat(inserted.stream().filter(b -> b).count()).isEqualTo(16);
        assertThat(keys.list(tenant)).hasSize(16);
    }

    @Test
    void insertWithin_countsOnlyTheTenantsActiveKeys() {
        TenantId other = insertedTenant(ports);
        keys.insert(apiKey(other, Environment.TEST, T0));
        ApiKey first = apiKey(tenant, Environment.LIVE, T0);
        assertThat(keys.insertWithin(first, 1)).isTrue();
        assertThat(keys.insertWithin(apiKey(tenant, Environment.LIVE, T0.plusSeconds(1)), 1)).isFalse();

        keys.update(first.revoke(T0.plusSeconds(2)));
        assertThat(keys.insertWithin(apiKey(tenant, Environment.LIVE, T0.plusSeconds(3)), 1)).isTrue();
        assertThat(keys.list(tenant)).hasSize(2);
    }
}

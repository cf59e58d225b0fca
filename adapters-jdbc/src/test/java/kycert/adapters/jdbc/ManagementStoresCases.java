package kycert.adapters.jdbc;

import static kycert.application.port.out.ManagementFixtures.delivery;
import static kycert.application.port.out.ManagementFixtures.written;
import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.accepted;
import static kycert.application.port.out.PortFixtures.completed;
import static kycert.application.port.out.PortFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import kycert.application.port.out.PortFixtures.Account;
import kycert.application.port.out.Stores;
import kycert.domain.apikey.Environment;
import kycert.domain.run.Run;
import kycert.domain.run.RunStatus;
import kycert.domain.webhook.WebhookDelivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only a database can get wrong about the management stores (the port contracts cover the rest): a run's end
 * and its outbox share one transaction, so an outbox the database refuses leaves the run as it was. Run against each
 * vendor by a subclass.
 */
abstract class ManagementStoresCases {
    private Stores stores;
    private Account account;

    /** Both planes of the store, emptied. */
    abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        stores = freshStores();
        account = account(stores.ports(), 0);
    }

    @Test
    void outboxTheDatabaseRefuses_rollsBackTheRunsEnd() {
        WebhookDelivery taken = written(stores, account, T0);
        Run run = accepted(stores.ports(), run(account, Environment.TEST, T0, null));
        WebhookDelivery fresh = delivery(account.id(), T0);

        // the second row reuses a stored delivery's id: the batch fails after the run's UPDATE succeeded
        assertThatThrownBy(() -> stores.management().runCompletion().end(completed(run, T0), List.of(fresh, taken)))
                .isInstanceOf(RuntimeException.class);

        assertThat(stores.ports().runs().findById(run.id())).containsExactly(run);
        assertThat(stores.ports().runs().findById(run.id()).get().status()).isEqualTo(RunStatus.QUEUED);
        assertThat(stores.management().webhookDeliveries().list(account.id(), Option.none(), 10)).containsExactly(taken);
        assertThat(stores.management().runCompletion().end(completed(run, T0), List.of(fresh))).isTrue();
        assertThat(stores.management().webhookDeliveries().claimDue(T0, Duration.ofSeconds(30), 10)).containsExactlyInAnyOrder(taken, fresh);
    }
}

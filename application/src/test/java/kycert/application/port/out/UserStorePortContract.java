package kycert.application.port.out;

import static kycert.application.port.out.ManagementFixtures.email;
import static kycert.application.port.out.ManagementFixtures.user;
import static kycert.application.port.out.PortFixtures.account;
import static kycert.application.port.out.PortFixtures.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import kycert.application.port.out.PortFixtures.Account;
import kycert.domain.user.Email;
import kycert.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserStorePort} promises: a user is found by its email exactly as inserted, and an email belongs
 * to one user across all tenants — a second insert of it is refused and writes nothing. Emails are compared as
 * {@link Email} normalizes them (lower case).
 */
public abstract class UserStorePortContract {
    protected Stores stores;
    private UserStorePort users;
    private Account account;

    /** A fresh, empty store seen through both planes; called before every test. */
    protected abstract Stores newStores();

    @BeforeEach
    void setUpStores() {
        stores = newStores();
        users = stores.management().users();
        account = account(stores.ports(), 0);
    }

    @Test
    void insertedUser_isFoundByEmail_exactlyAsInserted() {
        User ana = user(account.id(), email("ana"));

        assertThat(users.insert(ana)).isTrue();

        assertThat(users.findByEmail(ana.email())).containsExactly(ana);
    }

    @Test
    void unknownEmail_isNotFound() {
        users.insert(user(account.id(), email("ana")));

        assertThat(users.findByEmail(email("bia"))).isEmpty();
    }

    @Test
    void usersWithDifferentEmails_areAllKept() {
        User ana = user(account.id(), email("ana"));
        User bia = user(account.id(), email("bia"));

        assertThat(users.insert(ana)).isTrue();
        assertThat(users.insert(bia)).isTrue();

        assertThat(users.findByEmail(ana.email())).containsExactly(ana);
        assertThat(users.findByEmail(bia.email())).containsExactly(bia);
    }

    @Test
    void takenEmail_isRefusedInTheSameTenant_andTheFirstUserIsKept() {
        User first = user(account.id(), email("ana"));
        users.insert(first);

        assertThat(users.insert(user(account.id(), first.email()))).isFalse();

        assertThat(users.findByEmail(first.email())).containsExactly(first);
    }

    @Test
    void takenEmail_isRefusedInAnotherTenant() {
        User first = user(account.id(), email("ana"));
        users.insert(first);
        Account other = account(stores.ports(), 0);

        assertThat(users.insert(user(other.id(), first.email()))).isFalse();

        assertThat(users.findByEmail(first.email())).containsExactly(first);
    }

    @Test
    void emailsDifferingOnlyInCase_areTheSameEmail() {
        String local = "Ana.Souza." + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Email mixed = Email.parse(local + "@Corretora.COM.br").get();
        User first = user(account.id(), mixed);
        users.insert(first);

        assertThat(users.insert(user(account.id(), Email.parse(local.toLowerCase() + "@corretora.com.br").get()))).isFalse();

        assertThat(users.findByEmail(Email.parse(local.toUpperCase() + "@CORRETORA.COM.BR").get())).containsExactly(first);
    }

    @Test
    void concurrentInsertsOfOneEmail_keepExactlyOneUser() {
        Email shared = email("ana");
        List<User> candidates = IntStream.range(0, 8).mapToObj(i -> user(account.id(), shared)).toList();

        List<Boolean> results = concurrently(8, i -> users.insert(candidates.get(i)));

        assertThat(results).containsOnlyOnce(true);
        assertThat(users.findByEmail(shared)).containsExactly(candidates.get(results.indexOf(true)));
    }
}

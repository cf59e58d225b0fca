package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kycert.bootstrap.http.Operator.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenants never see each other, and live never sees test (§2, seed 001): 404, not 403. */
class TenantIsolationIT extends WithServer {
    private static Workspace a;
    private static Workspace b;
    private static String aTestRun;
    private static String aLiveRun;

    @BeforeAll
    static void twoTenants() {
        a = operator.workspace(10);
        b = operator.workspace(10);
        ObjectNode body = Runs.body(a.pfTemplate(), "pf", Docs.CPF_APPROVED).put("external_id", "shared-ext");
        aTestRun = runs.create(a.testKey(), body).json().path("id").asText();
        aLiveRun = runs.create(a.liveKey(), body).json().path("id").asText();
    }

    @Test
    void anotherTenantsRun_is404OnEveryRoute() {
        for (String run : new String[] {aTestRun, aLiveRun}) {
            for (String key : new String[] {b.testKey(), b.liveKey()}) {
                assertError(runs.get(key, run), Err.RUN_NOT_FOUND);
                assertError(server.get(Runs.PATH + "/" + run + "/analysis").key(key).send(), Err.RUN_NOT_FOUND);
                assertError(server.get(Runs.PATH + "/" + run + "/detail").key(key).send(), Err.RUN_NOT_FOUND);
            }
        }
    }

    @Test
    void anotherTenantsRuns_neverAppearInTheList() {
        assertThat(runs.listAllIds(b.testKey(), "")).doesNotContain(aTestRun, aLiveRun);
        assertThat(runs.listAllIds(b.liveKey(), "")).doesNotContain(aTestRun, aLiveRun);
        assertThat(runs.listAllIds(b.testKey(), "external_id=shared-ext")).isEmpty();
    }

    @Test
    void liveAndTestNeverSeeEachOthersRuns() {
        assertError(runs.get(a.liveKey(), aTestRun), Err.RUN_NOT_FOUND);
        assertError(runs.get(a.testKey(), aLiveRun), Err.RUN_NOT_FOUND);
        assertError(server.get(Runs.PATH + "/" + aTestRun + "/analysis").key(a.liveKey()).send(), Err.RUN_NOT_FOUND);
        assertError(server.get(Runs.PATH + "/" + aLiveRun + "/detail").key(a.testKey()).send(), Err.RUN_NOT_FOUND);
        assertThat(runs.listAllIds(a.testKey(), "external_id=shared-ext")).containsExactly(aTestRun);
        assertThat(runs.listAllIds(a.liveKey(), "external_id=shared-ext")).containsExactly(aLiveRun);
        assertThat(runs.get(a.testKey(), aTestRun).json().path("environment").asText()).isEqualTo("test");
        assertThat(runs.get(a.liveKey(), aLiveRun).json().path("environment").asText()).isEqualTo("live");
    }

    @Test
    void anotherTenantsTemplate_isTemplateNotFound() {
        assertError(runs.create(b.testKey(), a.pfTemplate(), "pf", Docs.CPF_APPROVED), Err.TEMPLATE_NOT_FOUND);
        assertError(runs.create(b.liveKey(), a.pjTemplate(), "pj", Docs.CNPJ_APPROVED), Err.TEMPLATE_NOT_FOUND);
    }

    @Test
    void aCursorFromAnotherTenantOrEnvironment_isInvalidCursor() {
        for (int i = 0; i < 2; i++) runs.accepted(a.testKey(), a.pfTemplate(), "pf", Docs.CPF_APPROVED);
        String cursor = runs.list(a.testKey(), "limit=1").json().path("next_cursor").asText();
        assertThat(cursor).isNotBlank();
        assertError(runs.list(b.testKey(), "limit=1&cursor=" + cursor), Err.INVALID_CURSOR);
        assertError(runs.list(a.liveKey(), "limit=1&cursor=" + cursor), Err.INVALID_CURSOR);
    }

    @Test
    void operatorActionsOnOneTenant_leaveTheOtherAlone() {
        Workspace c = operator.workspace(3);
        Workspace d = operator.workspace(3);
        operator.suspend(c.tenantId());
        assertThat(runs.create(d.liveKey(), d.pfTemplate(), "pf", Docs.CPF_APPROVED).status()).isEqualTo(202);
        assertThat(operator.credits(c.tenantId())).isEqualTo(3);
        assertThat(operator.credits(d.tenantId())).isEqualTo(2);
    }
}

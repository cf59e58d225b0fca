package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** x-kycert-api-version (§3): known version echoed, omitted means latest, unknown refused. */
class VersioningIT extends WithServer {
    static final String HEADER = "x-kycert-api-version";
    static final String KNOWN = "2026-06-03";
    private static Workspace ws;

    @BeforeAll
    static void workspace() {
        ws = operator.workspace(0);
    }

    @Test
    void pinnedKnownVersion_isEchoedOnEveryDataPlaneRoute() {
        ApiResponse post = runs.post(ws.testKey()).version(KNOWN).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        assertThat(post.status()).isEqualTo(202);
        assertThat(post.header(HEADER)).contains(KNOWN);
        String id = post.json().path("id").asText();
        for (String path : new String[] {Runs.PATH, Runs.PATH + "/" + id, Runs.PATH + "/" + id + "/analysis", Runs.PATH + "/" + id + "/detail"}) {
            ApiResponse r = server.get(path).key(ws.testKey()).version(KNOWN).send();
            assertThat(r.status()).as("%s", r).isEqualTo(200);
            assertThat(r.header(HEADER)).as("%s", r).contains(KNOWN);
        }
    }

    @Test
    void omittedVersion_usesAndEchoesTheLatest() {
        ApiResponse r = server.get(Runs.PATH).key(ws.testKey()).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header(HEADER)).contains(KNOWN);
    }

    @Test
    void headerNameIsCaseInsensitive() {
        ApiResponse r = server.get(Runs.PATH).key(ws.testKey()).header("X-Kycert-Api-Version", KNOWN).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header(HEADER)).contains(KNOWN);
        assertError(server.get(Runs.PATH).key(ws.testKey()).header("X-KYCERT-API-VERSION", "2000-01-01").send(), Err.UNKNOWN_API_VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-02", "2025-01-01", "2026-6-3", "v1"})
    void unknownVersion_is400UnknownApiVersion_onEveryRoute(String version) {
        assertError(server.get(Runs.PATH).key(ws.testKey()).version(version).send(), Err.UNKNOWN_API_VERSION).withParam(HEADER);
        assertError(runs.post(ws.testKey()).version(version).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send(),
                Err.UNKNOWN_API_VERSION).withParam(HEADER);
    }

    @Test
    void unknownVersion_createsNoRun() {
        Workspace own = operator.workspace(0);
        runs.post(own.testKey()).version("2099-01-01").json(Runs.body(own.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        assertThat(runs.listAllIds(own.testKey(), "")).isEmpty();
    }

    @Test
    void errorsAfterTheVersionCheck_echoTheVersionUsed() {
        ApiResponse r = runs.post(ws.testKey()).version(KNOWN).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_SHORT)).send();
        assertError(r, Err.INVALID_DOCUMENT);
        assertThat(r.header(HEADER)).contains(KNOWN);
    }
}

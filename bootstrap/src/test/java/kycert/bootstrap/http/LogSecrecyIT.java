package kycert.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kycert.bootstrap.http.Operator.IssuedKey;
import kycert.bootstrap.http.Operator.KeySpec;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import kycert.bootstrap.testsupport.LogCapture;
import kycert.bootstrap.testsupport.Pause;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.Environment;
import org.junit.jupiter.api.Test;

/**
 * Logs never contain a full key, the operator token, a password or an unmasked CPF/CNPJ (§7), whatever path a
 * request takes. The only exception, the first-run banner, goes to the console stream the test hands the server.
 */
class LogSecrecyIT {
    private static final String PASSWORD = "Pa55word-Que-Nao-Se-Loga!";
    private static final List<String> DOCUMENTS = List.of(
            Docs.CPF_APPROVED, Docs.CPF_APPROVED_BARE, Docs.CNPJ_APPROVED, Docs.CNPJ_APPROVED_BARE, Docs.CNPJ_ALNUM,
            Docs.CNPJ_ALNUM_BARE, Docs.CPF_FAILS, Docs.CPF_FAILS_BARE, Docs.CPF_PEP, "11144477735", Docs.CPF_TIMEOUT, "44455566619",
            Docs.CNPJ_CEIS, "33444555000181", Docs.CPF_BAD_CHECK, "52998224726", Docs.CPF_SHORT, Docs.CNPJ_BAD_CHECK, "11222333000182");

    @Test
    void aSessionOfKeysTokensPasswordsAndDocuments_leavesNoneOfThemInTheLogs() {
        List<String> secrets = new ArrayList<>();
        String text;
        String probe = "probe-" + UUID.randomUUID();
        try (LogCapture capture = new LogCapture()) {
            System.getLogger("kycert.selfcheck").log(System.Logger.Level.DEBUG, probe + "-debug");
            System.out.println(probe + "-stdout");
            System.err.println(probe + "-stderr");
            try (TestServer server = TestServer.start()) {
                secrets.add(server.demo().key());
                session(server, secrets);
                Pause.millis(2_500); // let housekeeping (key usage flush, purges) run at least once
            }
            text = capture.text();
        }
        secrets.add(TestServer.ADMIN_TOKEN);
        secrets.add(PASSWORD);
        secrets.addAll(DOCUMENTS);

        assertThat(text).as("the capture sees kycert's debug logs and the console")
                .contains(probe + "-debug", probe + "-stdout", probe + "-stderr", "kycert.bootstrap.KycertServer");
        for (String secret : secrets) {
            assertThat(text).as("logs must not contain %s", secret).doesNotContain(secret);
        }
    }

    private static void session(TestServer server, List<String> secrets) {
        Operator operator = server.operator();
        Runs runs = new Runs(server);
        Operator.Workspace ws = operator.workspace(5);
        secrets.add(ws.testKey());
        secrets.add(ws.liveKey());

        ObjectNode user = Json.object().put("email", "ops@corretora.example").put("password", PASSWORD);
        operator.call("/admin/v1/tenants/" + ws.tenantId() + "/users").json(user).send();
        server.post("/admin/v1/tenants").bearer(TestServer.ADMIN_TOKEN + "-wrong").json(Json.object().put("name", "x")).send();

        IssuedKey revoked = operator.createKey(ws.tenantId(), KeySpec.test());
        IssuedKey rotated = operator.createKey(ws.tenantId(), KeySpec.test());
        IssuedKey fresh = operator.regenerate(ws.tenantId(), rotated.id());
        operator.revoke(ws.tenantId(), revoked.id());
        String neverIssued = ApiKeySecret.generate(Environment.LIVE, new Random(7)).value();
        String mangled = ws.testKey().substring(0, ws.testKey().length() - 3) + "zzz";
        secrets.addAll(List.of(revoked.secret(), rotated.secret(), fresh.secret(), neverIssued, mangled));

        for (String key : List.of(revoked.secret(), rotated.secret(), neverIssued, mangled, ws.testKey(), fresh.secret())) {
            server.get(Runs.PATH).key(key).send();
            server.get(Runs.PATH).bearer(key).send();
            runs.create(key, ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        }

        List<String> ids = new ArrayList<>();
        for (String[] c : new String[][] {
                {"pf", Docs.CPF_APPROVED}, {"pf", Docs.CPF_APPROVED_BARE}, {"pj", Docs.CNPJ_APPROVED}, {"pj", Docs.CNPJ_APPROVED_BARE},
                {"pj", Docs.CNPJ_ALNUM}, {"pj", Docs.CNPJ_ALNUM_BARE}, {"pf", Docs.CPF_PEP}, {"pf", Docs.CPF_TIMEOUT}, {"pj", Docs.CNPJ_CEIS}}) {
            String template = c[0].equals("pf") ? ws.pfTemplate() : ws.pjTemplate();
            ApiResponse r = runs.create(ws.testKey(), template, c[0], c[1]);
            if (r.status() == 202) ids.add(r.json().path("id").asText());
            runs.create(ws.liveKey(), template, c[0], c[1]);
        }
        runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_FAILS);
        runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_FAILS_BARE);
        runs.post(ws.testKey()).idempotencyKey("idem-" + UUID.randomUUID()).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_FAILS)).send();
        runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_BAD_CHECK);
        runs.create(ws.testKey(), ws.pfTemplate(), "pf", Docs.CPF_SHORT);
        runs.create(ws.testKey(), ws.pjTemplate(), "pj", Docs.CNPJ_BAD_CHECK);
        runs.create(ws.testKey(), ws.pfTemplate(), "pj", Docs.CNPJ_APPROVED);
        runs.create(ws.testKey(), UUID.randomUUID().toString(), "pf", Docs.CPF_APPROVED);
        runs.post(ws.testKey()).raw("application/json", "{\"subject\":{\"type\":\"pf\",\"doc\":\"" + Docs.CPF_APPROVED + "\"").send();
        runs.post(ws.testKey()).raw("text/plain", "{\"subject\":{\"type\":\"pf\",\"doc\":\"" + Docs.CPF_APPROVED + "\"}}").send();

        String idem = "idem-" + UUID.randomUUID();
        runs.post(ws.testKey()).idempotencyKey(idem).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        runs.post(ws.testKey()).idempotencyKey(idem).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED)).send();
        runs.post(ws.testKey()).idempotencyKey(idem).json(Runs.body(ws.pfTemplate(), "pf", Docs.CPF_PEP)).send();

        for (String id : ids) {
            runs.awaitFinished(ws.testKey(), id);
            server.get(Runs.PATH + "/" + id + "/analysis").key(ws.testKey()).send();
            server.get(Runs.PATH + "/" + id + "/detail").key(ws.testKey()).send();
        }
        runs.get(ws.testKey(), UUID.randomUUID().toString());
        runs.get(ws.testKey(), "not-a-run");
        server.get("/nowhere").key(ws.testKey()).send();
        runs.list(ws.testKey(), "cursor=broken");
        server.get("/metrics").send();
    }
}

package kycert.bootstrap.http;

import static kycert.bootstrap.http.ErrorAssert.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import kycert.bootstrap.ServeConfig;
import kycert.bootstrap.http.Operator.Workspace;
import kycert.bootstrap.testsupport.ApiResponse;
import kycert.bootstrap.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a store cannot keep (control characters, unpaired surrogates, bytes that are not UTF-8) is refused with a
 * 400 naming the field, before any store sees it: the same answer on memory, the embedded file store and
 * PostgreSQL (which would fail on U+0000 and silently turn a lone surrogate into '?').
 */
class BadStringsIT {
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String DB = "kycert_strings_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private static final String PASSWORD = "Correct-Horse-Battery-9";
    private static Path dataDir;
    private static TestServer memory;
    private static TestServer embedded;
    private static TestServer postgres;

    @BeforeAll
    static void startOnEveryStore() throws Exception {
        dataDir = Files.createTempDirectory("kycert-strings");
        execute("CREATE DATABASE " + DB);
        memory = TestServer.start();
        embedded = TestServer.start(new ServeConfig(0, ServeConfig.Store.EMBEDDED, dataDir, Option.none(), "postgres", "",
                Option.of(TestServer.ADMIN_TOKEN), Option.none(), 2, true));
        postgres = TestServer.start(new ServeConfig(0, ServeConfig.Store.POSTGRES, Path.of("data"),
                Option.of("jdbc:postgresql://127.0.0.1:5432/" + DB), "postgres", "", Option.of(TestServer.ADMIN_TOKEN),
                Option.of("bad-strings-it-secret-of-32-characters-or-more"), 2, true));
    }

    @AfterAll
    static void stop() throws Exception {
        for (TestServer s : new TestServer[] {memory, embedded, postgres}) if (s != null) s.close();
        execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
    }

    /** PostgreSQL is required: a missing one fails the test, it never skips it. */
    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static TestServer on(String store) {
        return switch (store) {
            case "memory" -> memory;
            case "embedded" -> embedded;
            case "postgres" -> postgres;
            default -> throw new IllegalArgumentException(store);
        };
    }

    private static ErrorAssert invalidParameter(ApiResponse r, String param) {
        ErrorAssert e = assertEnvelope(r, 400);
        assertThat(e.code()).as("code: %s", r).isEqualTo("invalid_parameter");
        return e.withParam(param);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void loginEmailWithNul_withoutAnyCredentials_is400NamingEmail(String store) {
        ApiResponse r = on(store).post("/api/auth/login")
                .json(Json.object().put("email", "ana\u0000@corretora.example").put("password", "x")).send();
        assertThat(invalidParameter(r, "email").message()).contains("control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void runSubjectNameWithALoneSurrogate_is400_andNothingIsStored(String store) {
        TestServer server = on(store);
        Workspace ws = server.operator().workspace(5);
        // the JSON escape decodes to U+D800 with no low half: valid JSON, not text
        String body = "{\"template_id\":\"" + ws.pfTemplate() + "\",\"subject\":{\"type\":\"pf\",\"doc\":\"" + Docs.CPF_APPROVED
                + "\",\"name\":\"Jo\\ud800o\"}}";
        ApiResponse r = server.post(Runs.PATH).key(ws.liveKey()).json(body).send();
        assertThat(invalidParameter(r, "subject.name").message()).contains("surrogate");
        assertThat(new Runs(server).listAllIds(ws.liveKey(), "")).isEmpty();
        assertThat(server.operator().credits(ws.tenantId())).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void metadataKeyWithAControlCharacter_is400NamingTheKey_andNothingIsStored(String store) {
        TestServer server = on(store);
        Workspace ws = server.operator().workspace(5);
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        body.set("metadata", Json.object().put("ok", "fine").put("bad\u0007key", "x"));
        ApiResponse r = server.post(Runs.PATH).key(ws.liveKey()).json(body).send();
        invalidParameter(r, "metadata.bad\\u0007key");
        assertThat(new Runs(server).listAllIds(ws.liveKey(), "")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void bodyBytesThatAreNotUtf8_areInvalidJson(String store) {
        TestServer server = on(store);
        Workspace ws = server.operator().workspace(5);
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}};
        for (byte[] bytes : bad) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(("{\"template_id\":\"" + ws.pfTemplate() + "\",\"subject\":{\"type\":\"pf\",\"doc\":\"" + Docs.CPF_APPROVED
                    + "\",\"name\":\"Jo").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(bytes);
            b.writeBytes("o\"}}".getBytes(StandardCharsets.UTF_8));
            ApiResponse r = server.post(Runs.PATH).key(ws.liveKey()).raw("application/json", b.toByteArray()).send();
            ErrorAssert e = assertEnvelope(r, 400);
            assertThat(e.code()).as("code: %s", r).isEqualTo("invalid_json");
            assertThat(e.message()).contains("UTF-8");
        }
        assertThat(new Runs(server).listAllIds(ws.liveKey(), "")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void cleanTextFromAnyScript_isKeptAsSent(String store) {
        TestServer server = on(store);
        Workspace ws = server.operator().workspace(5);
        String name = "José Ñandú Çağrı Øre ß 李小龍 😀👩‍💻 ÿ";
        ObjectNode body = Runs.body(ws.pfTemplate(), "pf", Docs.CPF_APPROVED);
        ((ObjectNode) body.get("subject")).put("name", name);
        body.set("metadata", Json.object().put("café", "naïve 😀"));
        ApiResponse r = server.post(Runs.PATH).key(ws.liveKey()).json(body).send();
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        ApiResponse read = new Runs(server).get(ws.liveKey(), r.json().path("id").asText());
        assertThat(read.json().path("subject").path("name").asText()).isEqualTo(name);
        assertThat(read.json().path("metadata").path("café").asText()).isEqualTo("naïve 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void templateNameWithAControlCharacter_onTheManagementPlane_is400_andNothingIsStored(String store) {
        TestServer server = on(store);
        String tenant = server.operator().createTenant("strings tenant", 0);
        String email = "user-" + UUID.randomUUID() + "@corretora.example";
        ApiResponse user = server.post("/admin/v1/tenants/" + tenant + "/users").bearer(TestServer.ADMIN_TOKEN)
                .json(Json.object().put("email", email).put("password", PASSWORD)).send();
        assertThat(user.status()).as("%s", user).isEqualTo(201);
        ApiResponse login = server.post("/api/auth/login").json(Json.object().put("email", email).put("password", PASSWORD)).send();
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        String token = login.json().path("access_token").asText();
        // as JSON escapes: the text is sent as written, a lone surrogate included
        for (String bad : new String[] {"PF\\u0000básico", "PF\\u0085básico", "PF\\tbásico", "PF\\udc00básico"}) {
            ApiResponse r = server.post("/api/v1/templates").bearer(token)
                    .json("{\"name\":\"" + bad + "\",\"subject_type\":\"pf\"}").send();
            invalidParameter(r, "name");
        }
        ApiResponse list = server.get("/api/v1/templates").bearer(token).send();
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.json().path("data").size()).as("%s", list).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void operatorTenantNameWithAControlCharacter_is400(String store) {
        invalidParameter(on(store).operator().createTenantRaw("Acme\u001bLtda", 0L), "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void queryParameterWithNul_is400NamingIt(String store) {
        TestServer server = on(store);
        Workspace ws = server.operator().workspace(0);
        invalidParameter(server.get(Runs.PATH + "?external_id=%00").key(ws.liveKey()).send(), "external_id");
        invalidParameter(server.get(Runs.PATH + "?external_id=a%ED%A0%80b").key(ws.liveKey()).send(), "external_id");
        invalidParameter(server.get(Runs.PATH + "?limit=1%00").key(ws.liveKey()).send(), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void pathIdWithNulOrBadUtf8_isTheResourcesOwn404_asAnyMalformedId(String store) {
        TestServer server = on(store);
        Workspace ws = server.operator().workspace(0);
        assertThat(assertEnvelope(server.get(Runs.PATH + "/run%00x").key(ws.liveKey()).send(), 404).code()).isEqualTo("run_not_found");
        assertThat(assertEnvelope(server.get(Runs.PATH + "/%ED%A0%80").key(ws.liveKey()).send(), 404).code()).isEqualTo("run_not_found");
        assertThat(assertEnvelope(server.get("/admin/v1/tenants/" + ws.tenantId() + "%00").bearer(TestServer.ADMIN_TOKEN).send(), 404)
                .code()).isEqualTo("resource_not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void queryParameterWithNul_comesAfterAuthentication_inTheContractsOrder(String store) {
        TestServer server = on(store);
        assertThat(assertEnvelope(server.get(Runs.PATH + "?external_id=%00").send(), 401).code()).isEqualTo("missing_api_key");
        assertThat(assertEnvelope(server.get(Runs.PATH + "?external_id=%00").key("sk_live_not_a_key").send(), 401).code())
                .isEqualTo("invalid_api_key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "embedded", "postgres"})
    void apiKeyHeaderWithAControlCharacter_isRefusedWithoutA500(String store) throws Exception {
        for (String key : new String[] {"sk_live_abc\u0001def", "sk_live_abc\u007fdef", "sk_live_\u00e9\u0085x"}) {
            String answer = rawGet(on(store).server().port(), Runs.PATH, "X-API-Key: " + key);
            assertThat(answer).as(answer).matches("(?s)HTTP/1\\.1 (400|401) .*");
        }
    }

    /** A GET over a bare socket with one header as given (ISO-8859-1 bytes): java.net.http refuses such headers. */
    private static String rawGet(int port, String path, String header) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + header
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) break;
                head.write(b);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(head.toString(StandardCharsets.ISO_8859_1));
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return head.toString(StandardCharsets.ISO_8859_1) + new String(body, StandardCharsets.UTF_8);
        }
    }
}

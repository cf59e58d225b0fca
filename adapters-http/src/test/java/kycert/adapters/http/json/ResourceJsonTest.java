package kycert.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.Environment;
import kycert.domain.apikey.KeySpec;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import kycert.domain.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

/** The operator plane's bodies and the error envelope. */
class ResourceJsonTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final Instant NOW = Instant.parse("2026-06-03T12:00:00Z");
    private static final TenantId TENANT = new TenantId(UUID.fromString("11111111-2222-4333-8444-555555555555"));

    private static ApiKey key(ApiKeySecret secret) {
        KeySpec spec = KeySpec.parse("ERP", "live", List.of("detail:read", "runs:write", "runs:read"), List.of("pj", "pf"), 50).get();
        return ApiKey.issue(new ApiKeyId(UUID.randomUUID()), TENANT, spec, secret, new SecretHasher(new byte[32]), NOW);
    }

    @Test
    void keyMetadata_hasEveryField_scopesInOneOrder_andNoSecret() throws Exception {
        ApiKeySecret secret = ApiKeySecret.generate(Environment.LIVE, new Random(1));
        String json = MAPPER.writeValueAsString(ApiKeyJson.of(key(secret)));
        assertThat(MAPPER.readTree(json).properties().stream().map(java.util.Map.Entry::getKey).toList()).containsExactly(
                "id", "object", "name", "environment", "scopes", "subject_types", "rate_limit", "key_prefix", "masked_key",
                "active", "created_at", "last_used_at", "revoked_at");
        assertThat(json).contains("\"object\":\"api_key\"", "\"scopes\":[\"runs:write\",\"runs:read\",\"detail:read\"]",
                "\"subject_types\":[\"pf\",\"pj\"]", "\"last_used_at\":null", "\"revoked_at\":null",
                "\"key_prefix\":\"" + secret.keyPrefix() + "\"").doesNotContain(secret.value());
    }

    @Test
    void anIssuedKey_carriesTheFullSecret_butNeverInItsToString_norInItsReplay() throws Exception {
        ApiKeySecret secret = ApiKeySecret.generate(Environment.LIVE, new Random(4));
        ApiKeyJson issued = ApiKeyJson.issued(key(ApiKeySecret.generate(Environment.LIVE, new Random(3))), secret);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(issued)).path("key").asText()).isEqualTo(secret.value());
        assertThat(issued.toString()).doesNotContain(secret.value());
        assertThat(MAPPER.writeValueAsString(issued.withoutSecret())).doesNotContain(secret.value()).doesNotContain("\"key\"");
    }

    @Test
    void tenant_isIdObjectNameCreditsStatusRateLimitCreatedAt() throws Exception {
        Tenant tenant = new Tenant(TENANT, "Corretora", 250, TenantStatus.SUSPENDED, NOW, 1_000);
        assertThat(MAPPER.writeValueAsString(TenantJson.of(tenant))).isEqualTo("{\"id\":\"" + TENANT + "\",\"object\":\"tenant\","
                + "\"name\":\"Corretora\",\"credits\":250,\"status\":\"suspended\",\"rate_limit\":1000,\"created_at\":\"2026-06-03T12:00:00.000Z\"}");
    }

    @Test
    void template_hasItsSourcesInOrder() throws Exception {
        Template t = Template.create(new TemplateId(UUID.fromString("550e8400-e29b-41d4-a716-446655440000")), TENANT, "PJ", "pj",
                List.of("ceis", "sanctions"), 3, NOW).get();
        assertThat(MAPPER.writeValueAsString(TemplateJson.of(t))).isEqualTo("{\"id\":\"550e8400-e29b-41d4-a716-446655440000\","
                + "\"object\":\"template\",\"name\":\"PJ\",\"subject_type\":\"pj\",\"sources\":[\"ceis\",\"sanctions\"],\"cost\":3,\"match_threshold\":0.9,"
                + "\"active\":true,\"created_at\":\"2026-06-03T12:00:00.000Z\"}");
    }

    @Test
    void errorEnvelope_isTypeCodeMessageParam_plusRequestId_withANullParamKept() throws Exception {
        assertThat(MAPPER.writeValueAsString(ErrorJson.of(ApiError.of(ErrorCode.INVALID_DOCUMENT), "req_1")))
                .isEqualTo("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"invalid_document\","
                        + "\"message\":\"CPF/CNPJ com quantidade de dígitos incorreta.\",\"param\":\"subject.doc\"},\"request_id\":\"req_1\"}");
        assertThat(MAPPER.writeValueAsString(ErrorJson.of(ApiError.of(ErrorCode.MISSING_API_KEY), "req_2")))
                .contains("\"type\":\"authentication_error\"", "\"param\":null");
    }

    @Test
    void health_isJustUp_orDownWithTheEnvelopeFields() throws Exception {
        assertThat(MAPPER.writeValueAsString(HealthJson.up())).isEqualTo("{\"status\":\"UP\"}");
        String down = MAPPER.writeValueAsString(HealthJson.down(ErrorJson.Body.of(ApiError.of(ErrorCode.SERVICE_UNAVAILABLE)), "req_3"));
        assertThat(down).startsWith("{\"status\":\"DOWN\",\"error\":{\"type\":\"server_error\",\"code\":\"service_unavailable\"")
                .endsWith("\"request_id\":\"req_3\"}");
    }

    @Test
    void timestamps_areUtcWithMilliseconds() {
        assertThat(Timestamps.format(Instant.parse("2026-06-03T12:00:00.987654321Z"))).isEqualTo("2026-06-03T12:00:00.987Z");
        assertThat(Timestamps.format(Option.none())).isNull();
    }
}

package kycert.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.apikey.Environment;
import kycert.domain.document.Document;
import kycert.domain.document.DocumentArbitraries;
import kycert.domain.webhook.WebhookSecret;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;

class AuditRedactionProperties {

    @Property
    void noFullApiKeyOrWebhookSecretSurvives(@ForAll long seed, @ForAll String prefix, @ForAll String suffix) {
        String key = ApiKeySecret.generate(Environment.LIVE, new Random(seed)).value();
        String whsec = WebhookSecret.generate(new Random(seed)).value();
        String out = AuditRedaction.redactValue(prefix + " " + key + " " + whsec + " " + suffix);
        assertThat(out).doesNotContain(key).doesNotContain(whsec);
    }

    @Property
    void secretNamedFieldsAreAlwaysRedacted(@ForAll String value) {
        Map<String, String> out = AuditRedaction.redact(Map.of("password", value, "client_secret", value, "Authorization", value));
        assertThat(out.values()).containsOnly(AuditRedaction.REDACTED);
    }

    @Property
    void documentsAreNeverKeptInClear(@ForAll @From(supplier = DocumentArbitraries.ValidDocument.class) Document doc) {
        assertThat(AuditRedaction.redactValue("subject " + doc.value() + " end")).doesNotContain(doc.value());
        assertThat(AuditRedaction.redactValue("subject " + doc.formatted() + " end")).doesNotContain(doc.formatted());
    }

    @Property
    void keyNamesAndPrefixesStayReadable(@ForAll long seed) {
        String key = ApiKeySecret.generate(Environment.TEST, new Random(seed)).value();
        assertThat(AuditRedaction.redactValue(key)).startsWith(key.substring(0, 16));
        assertThat(AuditRedaction.redactValue("Production Integration - ERP System")).isEqualTo("Production Integration - ERP System");
    }
}

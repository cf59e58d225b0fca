package kycert.application.port.out;

import static kycert.application.port.out.PortFixtures.T0;
import static kycert.application.port.out.PortFixtures.template;
import static kycert.application.port.out.PortFixtures.insertedTenant;
import static kycert.application.port.out.PortFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.subject.SubjectType;
import kycert.domain.template.Source;
import kycert.domain.template.Template;
import kycert.domain.template.TemplateId;
import kycert.domain.tenant.Tenant;
import kycert.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TemplateStorePort} promises: a tenant sees only its own templates, newest first. */
public abstract class TemplateStorePortContract {
    protected Ports ports;
    private TemplateStorePort templates;
    private TenantId tenant;

    /** A fresh, empty set of stores; called before every test. */
    protected abstract Ports newPorts();

    @BeforeEach
    void setUpPorts() {
        ports = newPorts();
        templates = ports.templates();
        tenant = insertedTenant(ports);
    }

    @Test
    void insertedTemplate_isFoundByItsTenant_withItsSourcesInOrder() {
        Template template = new Template(new TemplateId(UUID.randomUUID()), tenant, "PJ due diligence", SubjectType.PJ,
                List.of(Source.CEIS, Source.REGISTRY_STATUS, Source.SANCTIONS), 5, true, T0);
        templates.insert(template);

        assertThat(templates.find(tenant, template.id())).containsExactly(template);
    }

    @Test
    void aTemplatesMatchThreshold_isKept_throughDeactivationToo() {
        Template template = new Template(new TemplateId(UUID.randomUUID()), tenant, "Strict PF", SubjectType.PF,
                List.of(Source.SANCTIONS), 1, true, T0, new MatchThreshold(0.97));
        templates.insert(template);
        templates.update(template.deactivate());

        assertThat(templates.find(tenant, template.id()).map(Template::matchThreshold)).containsExactly(new MatchThreshold(0.97));
        assertThat(templates.find(tenant, template.id()).map(Template::active)).containsExactly(false);
    }

    @Test
    void unknownTemplate_isNotFound() {
        assertThat(templates.find(tenant, new TemplateId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void template_isNotFoundUnderAnotherTenant() {
        Template template = template(tenant, T0);
        templates.insert(template);

        assertThat(templates.find(insertedTenant(ports), template.id())).isEmpty();
    }

    @Test
    void deactivatedTemplate_isStoredInactive() {
        Template template = template(tenant, T0);
        templates.insert(template);

        templates.update(template.deactivate());

        assertThat(templates.find(tenant, template.id())).containsExactly(template.deactivate());
        assertThat(templates.list(tenant)).containsExactly(template.deactivate());
    }

    @Test
    void list_isTheTenantsTemplates_newestFirst() {
        Template oldest = template(tenant, T0);
        Template newest = template(tenant, T0.plusSeconds(20));
        Template middle = template(tenant, T0.plusSeconds(10));
        templates.insert(middle);
        templates.insert(oldest);
        templates.insert(newest);
        templates.insert(template(insertedTenant(ports), T0.plusSeconds(15)));

        assertThat(templates.list(tenant)).containsExactly(newest, middle, oldest);
    }

    @Test
    void list_ofATenantWithoutTemplates_isEmpty() {
        templates.insert(template(tenant, T0));

        assertThat(templates.list(insertedTenant(ports))).isEmpty();
    }
}

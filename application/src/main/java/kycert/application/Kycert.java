package kycert.application;

import io.vavr.control.Option;
import java.time.Clock;
import kycert.application.port.in.AdmitRequestUseCase;
import kycert.application.port.in.AuthenticateApiKeyUseCase;
import kycert.application.port.in.CreateRunUseCase;
import kycert.application.port.in.ListListsUseCase;
import kycert.application.port.in.DeliverWebhooksUseCase;
import kycert.application.port.in.GetRunUseCase;
import kycert.application.port.in.ListAuditEventsUseCase;
import kycert.application.port.in.ListRunsUseCase;
import kycert.application.port.in.LoginUseCase;
import kycert.application.port.in.ManageApiKeysUseCase;
import kycert.application.port.in.ManageTemplatesUseCase;
import kycert.application.port.in.ManageTenantsUseCase;
import kycert.application.port.in.ManageUsersUseCase;
import kycert.application.port.in.ManageWebhooksUseCase;
import kycert.application.port.in.ProcessRunsUseCase;
import kycert.application.port.in.ImportListUseCase;
import kycert.application.port.out.BureauPort;
import kycert.application.port.out.Integrations;
import kycert.application.port.out.ManagementPorts;
import kycert.application.port.out.Ports;
import kycert.application.service.ApiKeyAdminService;
import kycert.application.service.ActiveLists;
import kycert.application.service.AuditQueryService;
import kycert.application.service.EnvironmentBureau;
import kycert.application.service.ImportListService;
import kycert.application.service.ListStatusService;
import kycert.application.service.LiveBureau;
import kycert.application.service.AuditRecorder;
import kycert.application.service.AuditedApiKeys;
import kycert.application.service.AuditedTemplates;
import kycert.application.service.AuthenticationService;
import kycert.application.service.CreateRunService;
import kycert.application.service.KeyUsageRecorder;
import kycert.application.service.LoginService;
import kycert.application.service.RateLimitService;
import kycert.application.service.RunEvents;
import kycert.application.service.RunProcessingService;
import kycert.application.service.RunQueryService;
import kycert.application.service.TemplateAdminService;
import kycert.application.service.TenantAdminService;
import kycert.application.service.IdempotentRequestService;
import kycert.application.port.in.IdempotentRequestUseCase;
import kycert.application.service.UserAdminService;
import kycert.application.service.WebhookDeliveryService;
import kycert.application.service.WebhookService;
import kycert.domain.apikey.SecretHasher;
import kycert.domain.audit.Actor;
import kycert.domain.pagination.CursorCodec;
import kycert.domain.webhook.SecretBox;

/**
 * The embedder's facade: every use case of kycert, wired over a set of ports. Servers and in-process callers use
 * the same instance, so they get the same rules and the same errors.
 */
public final class Kycert {
    private final Ports ports;
    private final ManagementPorts management;
    private final Integrations integrations;
    private final SecretHasher hasher;
    private final Clock clock;
    private final CursorCodec cursors;
    private final SecretBox box;
    private final KeyUsageRecorder keyUsage;
    private final AuthenticationService authentication;
    private final RateLimitService rateLimits;
    private final CreateRunService createRun;
    private final RunQueryService runQueries;
    private final RunProcessingService processing;
    private final TenantAdminService tenants;
    private final IdempotentRequestService idempotentRequests;
    private final ApiKeyAdminService apiKeys;
    private final TemplateAdminService templates;
    private final LoginService login;
    private final AuditQueryService auditLog;
    private final WebhookDeliveryService deliveries;

    private final ActiveLists activeLists;
    private final ImportListService importList;
    private final ListStatusService listStatus;

    public Kycert(Ports ports, ManagementPorts management, Integrations integrations, SecretHasher hasher, Clock clock) {
        this(ports, management, integrations, hasher, Option.none(), clock, ScreeningSettings.DEFAULTS);
    }

    /** {@code previous}: the server secret before a rotation, under which API keys issued before it are still found. */
    public Kycert(Ports ports, ManagementPorts management, Integrations integrations, SecretHasher hasher,
                  Option<SecretHasher> previous, Clock clock) {
        this(ports, management, integrations, hasher, previous, clock, ScreeningSettings.DEFAULTS);
    }

    /** {@code ports.bureau()} answers sandbox runs; live runs are screened against the imported lists, as {@code screening} says. */
    public Kycert(Ports ports, ManagementPorts management, Integrations integrations, SecretHasher hasher, Clock clock,
                  ScreeningSettings screening) {
        this(ports, management, integrations, hasher, Option.none(), clock, screening);
    }

    /** Every setting: the previous server secret (rotation) and how live runs are screened. */
    public Kycert(Ports ports, ManagementPorts management, Integrations integrations, SecretHasher hasher,
                  Option<SecretHasher> previous, Clock clock, ScreeningSettings screening) {
        this.ports = ports;
        this.management = management;
        this.integrations = integrations;
        this.hasher = hasher;
        this.clock = clock;
        this.cursors = new CursorCodec(hasher);
        this.box = new SecretBox(hasher);
        this.keyUsage = new KeyUsageRecorder(ports.apiKeys());
        this.authentication = new AuthenticationService(ports.apiKeys(), hasher, previous, keyUsage, clock);
        this.rateLimits = new RateLimitService(ports.rateWindows(), ports.tenants(), clock);
        this.createRun = new CreateRunService(ports.tenants(), ports.templates(), ports.runs(), ports.idempotency(),
                ports.acceptRun(), ports.randomness(), hasher, integrations.webhooks(), clock);
        this.runQueries = new RunQueryService(ports.runs(), cursors);
        RunEvents events = new RunEvents(management.webhookEndpoints(), integrations.payloads(), ports.randomness());
        this.activeLists = new ActiveLists(ports.listVersions(), clock, screening.recheckActiveEvery());
        this.importList = new ImportListService(ports.listVersions(), activeLists, ports.randomness(), clock);
        this.listStatus = new ListStatusService(ports.listVersions(), clock, screening.maxListAge());
        BureauPort bureau = new EnvironmentBureau(ports.bureau(),
                new LiveBureau(ports.listVersions(), activeLists, clock, screening.maxListAge()));
        this.processing = new RunProcessingService(ports.queue(), ports.runs(), ports.templates(), bureau,
                management.runCompletion(), events, clock);
        this.tenants = new TenantAdminService(ports.tenants(), ports.randomness(), clock);
        this.idempotentRequests = new IdempotentRequestService(ports.idempotency(), hasher, clock);
        this.apiKeys = new ApiKeyAdminService(ports.tenants(), ports.apiKeys(), ports.randomness(), hasher, clock);
        this.templates = new TemplateAdminService(ports.tenants(), ports.templates(), ports.randomness(), clock);
        this.login = new LoginService(management.users(), management.loginAttempts(), integrations.passwords(), this::recorder, clock);
        this.auditLog = new AuditQueryService(ports.tenants(), management.auditLog(), cursors);
        this.deliveries = new WebhookDeliveryService(management.webhookDeliveries(), management.webhookEndpoints(),
                integrations.webhooks(), box, ports.randomness(), clock);
    }

    public AuthenticateApiKeyUseCase authenticate() { return authentication; }
    public AdmitRequestUseCase rateLimits() { return rateLimits; }
    public CreateRunUseCase createRun() { return createRun; }
    public GetRunUseCase getRun() { return runQueries; }
    public ListRunsUseCase listRuns() { return runQueries; }
    public ProcessRunsUseCase processRuns() { return processing; }
    public ManageTenantsUseCase tenants() { return tenants; }
    public IdempotentRequestUseCase idempotentRequests() { return idempotentRequests; }
    public LoginUseCase login() { return login; }
    public ListAuditEventsUseCase auditLog() { return auditLog; }
    public DeliverWebhooksUseCase deliverWebhooks() { return deliveries; }
    public ImportListUseCase importList() { return importList; }
    public ListListsUseCase lists() { return listStatus; }

    /** Key management without an audit trail (embedders, seeding); the planes use {@link #as}. */
    public ManageApiKeysUseCase apiKeys() { return apiKeys; }

    /** Template management without an audit trail (embedders, seeding); the planes use {@link #as}. */
    public ManageTemplatesUseCase templates() { return templates; }

    /** The management use cases acting for {@code actor} from {@code clientAddress}: every change is audited. */
    public Management as(Actor actor, String clientAddress) {
        AuditRecorder audit = recorder(actor, clientAddress);
        return new Management(new AuditedApiKeys(apiKeys, audit), new AuditedTemplates(templates, audit),
                new WebhookService(ports.tenants(), management.webhookEndpoints(), management.webhookDeliveries(),
                        integrations.webhooks(), box, ports.randomness(), audit, cursors, clock),
                new UserAdminService(ports.tenants(), management.users(), integrations.passwords(), ports.randomness(), audit, clock));
    }

    /** The audited management use cases of one actor. */
    public record Management(ManageApiKeysUseCase apiKeys, ManageTemplatesUseCase templates,
                             ManageWebhooksUseCase webhooks, ManageUsersUseCase users) {}

    private AuditRecorder recorder(Actor actor, String clientAddress) {
        return new AuditRecorder(management.auditLog(), ports.randomness(), clock, actor, clientAddress);
    }

    /** Housekeeping every few seconds: batched last_used_at, expired idempotency keys and login counters, idle rate windows. */
    public void maintain() {
        keyUsage.flush();
        ports.idempotency().purgeExpired(clock.instant());
        ports.rateWindows().purgeIdle(clock.instant());
        management.loginAttempts().purgeExpired(clock.instant());
    }

    public Ports ports() { return ports; }

    public ManagementPorts managementPorts() { return management; }

    public SecretHasher hasher() { return hasher; }

    public Clock clock() { return clock; }
}

package kycert.application.service;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.ManageWebhooksUseCase;
import kycert.application.port.in.PageQuery;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.TenantStorePort;
import kycert.application.port.out.WebhookDeliveryStorePort;
import kycert.application.port.out.WebhookEndpointStorePort;
import kycert.application.port.out.WebhookSenderPort;
import kycert.domain.audit.AuditAction;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.pagination.CursorCodec;
import kycert.domain.pagination.CursorCodec.Position;
import kycert.domain.pagination.Page;
import kycert.domain.run.RunRequest;
import kycert.domain.tenant.Tenant;
import kycert.domain.webhook.SecretBox;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookEndpointId;
import kycert.domain.webhook.WebhookSecret;

/** Registers and removes a tenant's endpoints (audited) and lists every delivery attempt. */
public final class WebhookService implements ManageWebhooksUseCase {
    public static final int MAX_ENDPOINTS = 16;

    private final TenantStorePort tenants;
    private final WebhookEndpointStorePort endpoints;
    private final WebhookDeliveryStorePort deliveries;
    private final WebhookSenderPort sender;
    private final SecretBox box;
    private final RandomnessPort randomness;
    private final AuditRecorder audit;
    private final Paging paging;
    private final Clock clock;

    public WebhookService(TenantStorePort tenants, WebhookEndpointStorePort endpoints, WebhookDeliveryStorePort deliveries,
                          WebhookSenderPort sender, SecretBox box, RandomnessPort randomness, AuditRecorder audit,
                          CursorCodec cursors, Clock clock) {
        this.tenants = tenants;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.box = box;
        this.randomness = randomness;
        this.audit = audit;
        this.paging = new Paging(cursors);
        this.clock = clock;
    }

    @Override
    public Either<ApiError, Registered> create(String tenantId, String url) {
        Either<ApiError, Tenant> tenant = Lookups.tenantThatMayAdd(tenants, tenantId);
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        if (url == null) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "url is required.", "url"));
        if (!RunRequest.isHttpUrl(url)) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "url must be an absolute http(s) URL.", "url"));
        Either<ApiError, String> target = sender.checkTarget(url);
        if (target.isLeft()) return Either.left(target.getLeft());
        WebhookSecret secret = WebhookSecret.generate(randomness.secure());
        WebhookEndpoint endpoint = new WebhookEndpoint(new WebhookEndpointId(randomness.uuid()), tenant.get().id(), url,
                box.seal(secret.value(), randomness.secure()), clock.instant());
        if (!endpoints.insertWithin(endpoint, MAX_ENDPOINTS)) {
            return Either.left(ApiError.of(ErrorCode.LIMIT_REACHED,
                    "At most " + MAX_ENDPOINTS + " webhook endpoints per tenant; delete one first.", "url"));
        }
        audit.record(endpoint.tenantId(), AuditAction.WEBHOOK_ENDPOINT_CREATED, "webhook_endpoint", endpoint.id().toString(), Map.of("url", url));
        return Either.right(new Registered(endpoint, secret));
    }

    @Override
    public Either<ApiError, List<WebhookEndpoint>> list(String tenantId) {
        return Lookups.tenant(tenants, tenantId).map(t -> endpoints.list(t.id()));
    }

    @Override
    public Either<ApiError, WebhookEndpoint> delete(String tenantId, String endpointId) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, tenantId);
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        return WebhookEndpointId.parse(endpointId).flatMap(id -> endpoints.find(tenant.get().id(), id))
                .filter(e -> endpoints.delete(e.tenantId(), e.id()))
                .peek(e -> audit.record(e.tenantId(), AuditAction.WEBHOOK_ENDPOINT_DELETED, "webhook_endpoint", e.id().toString(), Map.of("url", e.url())))
                .toEither(() -> Lookups.notFound("webhook endpoint", "id"));
    }

    @Override
    public Either<ApiError, Page<WebhookDelivery>> deliveries(PageQuery query) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, query.tenantId());
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        return paging.request(query.limit(), query.cursor(), "deliveries|" + tenant.get().id())
                .map(r -> paging.page(deliveries.list(tenant.get().id(), r.after(), r.limit() + 1), r,
                        d -> new Position(d.createdAt(), d.id())));
    }
}

package kycert.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import kycert.domain.error.ApiError;
import kycert.domain.pagination.Page;
import kycert.domain.webhook.WebhookDelivery;
import kycert.domain.webhook.WebhookEndpoint;
import kycert.domain.webhook.WebhookSecret;

/** A tenant's webhook endpoints and the log of every delivery attempt. */
public interface ManageWebhooksUseCase {
    Either<ApiError, Registered> create(String tenantId, String url);

    Either<ApiError, List<WebhookEndpoint>> list(String tenantId);

    Either<ApiError, WebhookEndpoint> delete(String tenantId, String endpointId);

    Either<ApiError, Page<WebhookDelivery>> deliveries(PageQuery query);

    /** A new endpoint with its signing secret, shown once. */
    record Registered(WebhookEndpoint endpoint, WebhookSecret secret) {}
}

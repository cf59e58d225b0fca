package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.DeletedJson;
import kycert.adapters.http.json.ListJson;
import kycert.adapters.http.json.WebhookDeliveryJson;
import kycert.adapters.http.json.WebhookEndpointJson;
import kycert.adapters.http.security.JwtTokens.Claims;
import kycert.application.port.in.PageQuery;
import kycert.domain.error.ApiError;

/** A tenant's webhook endpoints (secret shown once, at registration) and the log of every delivery attempt. */
final class WebhooksHttpService implements HttpService {
    static final String ENDPOINTS = "/api/v1/webhook-endpoints";
    static final String DELIVERIES = "/api/v1/webhook-deliveries";

    private final Routes routes;
    private final ManagementPlane plane;

    WebhooksHttpService(Routes routes, ManagementPlane plane) {
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, ENDPOINTS).post(plane.write(true, this::create)).get(plane.read(this::list)).register();
        routes.path(rules, ENDPOINTS + "/{id}").delete(plane.read((ex, caller) -> plane.as(ex, caller).webhooks()
                .delete(ManagementPlane.tenantId(caller), ex.pathParam("id"))
                .fold(Reply::failure, e -> Reply.ok(ApiResource.DELETED,
                        DeletedJson.of(e.id().toString(), WebhookEndpointJson.OBJECT))))).register();
        routes.path(rules, DELIVERIES).get(plane.read(this::deliveries)).register();
    }

    private Reply create(Exchange ex, Claims caller) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        Either<ApiError, String> url = BodyFields.string(body.get(), "url");
        if (url.isLeft()) return Reply.failure(url.getLeft());
        return plane.as(ex, caller).webhooks().create(ManagementPlane.tenantId(caller), url.get())
                .fold(Reply::failure, r -> Reply.created(ApiResource.WEBHOOK_ENDPOINT,
                        WebhookEndpointJson.registered(r.endpoint(), r.secret())));
    }

    private Reply list(Exchange ex, Claims caller) {
        return plane.as(ex, caller).webhooks().list(ManagementPlane.tenantId(caller))
                .fold(Reply::failure, es -> Reply.ok(ApiResource.WEBHOOK_ENDPOINT_LIST, ListJson.all(es, WebhookEndpointJson::of)));
    }

    private Reply deliveries(Exchange ex, Claims caller) {
        PageQuery query = new PageQuery(ManagementPlane.tenantId(caller), ex.query("limit"), ex.query("cursor"));
        return plane.as(ex, caller).webhooks().deliveries(query)
                .fold(Reply::failure, page -> Reply.ok(ApiResource.WEBHOOK_DELIVERY_LIST, ListJson.of(page, WebhookDeliveryJson::of)));
    }
}

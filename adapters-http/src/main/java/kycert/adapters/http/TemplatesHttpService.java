package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.ListJson;
import kycert.adapters.http.json.TemplateJson;
import kycert.adapters.http.security.JwtTokens.Claims;
import kycert.domain.error.ApiError;

/** A tenant's own run templates (§5): create, list, deactivate; another tenant's id is 404. */
final class TemplatesHttpService implements HttpService {
    static final String TEMPLATES = "/api/v1/templates";

    private final Routes routes;
    private final ManagementPlane plane;

    TemplatesHttpService(Routes routes, ManagementPlane plane) {
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, TEMPLATES).post(plane.write(true, this::create)).get(plane.read(this::list)).register();
        routes.path(rules, TEMPLATES + "/{id}/deactivate").post(plane.write(false, (ex, caller) -> plane.as(ex, caller)
                .templates().deactivate(ManagementPlane.tenantId(caller), ex.pathParam("id"))
                .fold(Reply::failure, t -> Reply.ok(ApiResource.TEMPLATE, TemplateJson.of(t))))).register();
    }

    private Reply create(Exchange ex, Claims caller) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        return CreateForms.template(ManagementPlane.tenantId(caller), body.get(), false).flatMap(plane.as(ex, caller).templates()::create)
                .fold(Reply::failure, t -> Reply.created(ApiResource.TEMPLATE, TemplateJson.of(t)));
    }

    private Reply list(Exchange ex, Claims caller) {
        return plane.as(ex, caller).templates().list(ManagementPlane.tenantId(caller))
                .fold(Reply::failure, ts -> Reply.ok(ApiResource.TEMPLATE_LIST, ListJson.all(ts, TemplateJson::of)));
    }
}

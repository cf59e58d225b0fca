package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.ListJson;
import kycert.adapters.http.json.TemplateJson;
import kycert.application.Kycert;
import kycert.application.port.in.ManageTemplatesUseCase;
import kycert.domain.audit.Actor;
import kycert.domain.error.ApiError;

/** The operator's view of a tenant's run templates: create, list, deactivate (changes audited as the operator's). */
final class AdminTemplatesHttpService implements HttpService {
    static final String TEMPLATES = AdminTenantsHttpService.TENANT + "/templates";
    static final String TEMPLATE = TEMPLATES + "/{templateId}";

    private final Kycert app;
    private final Routes routes;
    private final OperatorPlane plane;

    AdminTemplatesHttpService(Kycert app, Routes routes, OperatorPlane plane) {
        this.app = app;
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, TEMPLATES).post(plane.write(true, this::create)).get(plane.read(this::list)).register();
        routes.path(rules, TEMPLATE + "/deactivate").post(plane.write(false, ex -> templates(ex)
                .deactivate(AdminTenantsHttpService.tenantId(ex), ex.pathParam("templateId"))
                .fold(Reply::failure, t -> Reply.ok(ApiResource.TEMPLATE, TemplateJson.of(t))))).register();
    }

    private Reply create(Exchange ex) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        return CreateForms.template(AdminTenantsHttpService.tenantId(ex), body.get(), true).flatMap(templates(ex)::create)
                .fold(Reply::failure, t -> Reply.created(ApiResource.TEMPLATE, TemplateJson.of(t)));
    }

    private Reply list(Exchange ex) {
        return app.templates().list(AdminTenantsHttpService.tenantId(ex))
                .fold(Reply::failure, ts -> Reply.ok(ApiResource.TEMPLATE_LIST, ListJson.all(ts, TemplateJson::of)));
    }

    private ManageTemplatesUseCase templates(Exchange ex) {
        return app.as(Actor.operator(), ClientAddress.of(ex)).templates();
    }
}

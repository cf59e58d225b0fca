package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import kycert.adapters.http.json.AuditEventJson;
import kycert.adapters.http.json.ListJson;
import kycert.application.port.in.PageQuery;

/** {@code GET /api/v1/audit-events}: the caller's tenant's audit log, newest first, with cursor pagination. */
final class AuditEventsHttpService implements HttpService {
    static final String EVENTS = "/api/v1/audit-events";

    private final Routes routes;
    private final ManagementPlane plane;

    AuditEventsHttpService(Routes routes, ManagementPlane plane) {
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, EVENTS).get(plane.read((ex, caller) -> plane.app().auditLog()
                .list(new PageQuery(ManagementPlane.tenantId(caller), ex.query("limit"), ex.query("cursor")))
                .fold(Reply::failure, page -> Reply.ok(ApiResource.AUDIT_EVENT_LIST, ListJson.of(page, AuditEventJson::of)))))
                .register();
    }
}

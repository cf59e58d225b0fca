package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import kycert.adapters.http.json.ListJson;
import kycert.adapters.http.json.ListStatusJson;
import kycert.application.Kycert;

/** {@code GET /admin/v1/lists}: every list live runs are screened against, its active version and freshness. */
final class AdminListsHttpService implements HttpService {
    static final String LISTS = "/admin/v1/lists";

    private final Kycert app;
    private final Routes routes;
    private final OperatorPlane plane;

    AdminListsHttpService(Kycert app, Routes routes, OperatorPlane plane) {
        this.app = app;
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, LISTS).get(plane.read(ex ->
                Reply.ok(ApiResource.LIST_STATUS_LIST, ListJson.all(app.lists().lists(), ListStatusJson::of)))).register();
    }
}

package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.ApiKeyJson;
import kycert.adapters.http.json.ListJson;
import kycert.application.Kycert;
import kycert.application.port.in.ManageApiKeysUseCase;
import kycert.application.port.in.ManageApiKeysUseCase.Issued;
import kycert.domain.audit.Actor;
import kycert.domain.error.ApiError;

/** The operator's view of a tenant's API keys: create, list, read, revoke, regenerate (changes audited as the operator's). */
final class AdminApiKeysHttpService implements HttpService {
    static final String KEYS = AdminTenantsHttpService.TENANT + "/api-keys";
    static final String KEY = KEYS + "/{keyId}";

    private final Kycert app;
    private final Routes routes;
    private final OperatorPlane plane;

    AdminApiKeysHttpService(Kycert app, Routes routes, OperatorPlane plane) {
        this.app = app;
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, KEYS).post(plane.write(true, this::create)).get(plane.read(this::list)).register();
        routes.path(rules, KEY).get(plane.read(ex -> app.apiKeys().get(tenantId(ex), keyId(ex))
                .fold(Reply::failure, key -> Reply.ok(ApiResource.API_KEY, ApiKeyJson.of(key))))).register();
        routes.path(rules, KEY + "/revoke").post(plane.write(false, ex -> keys(ex).revoke(tenantId(ex), keyId(ex))
                .fold(Reply::failure, key -> Reply.ok(ApiResource.API_KEY, ApiKeyJson.of(key))))).register();
        routes.path(rules, KEY + "/regenerate").post(plane.write(false, ex -> keys(ex).regenerate(tenantId(ex), keyId(ex))
                .fold(Reply::failure, issued -> Reply.ok(ApiResource.API_KEY, issued(issued))))).register();
    }

    private Reply create(Exchange ex) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        return CreateForms.apiKey(tenantId(ex), body.get()).flatMap(keys(ex)::create)
                .fold(Reply::failure, issued -> Reply.created(ApiResource.API_KEY, issued(issued)));
    }

    private Reply list(Exchange ex) {
        return app.apiKeys().list(tenantId(ex))
                .fold(Reply::failure, keys -> Reply.ok(ApiResource.API_KEY_LIST, ListJson.all(keys, ApiKeyJson::of)));
    }

    /** The key use cases acting as the operator, so every change lands in the tenant's audit log. */
    private ManageApiKeysUseCase keys(Exchange ex) {
        return app.as(Actor.operator(), ClientAddress.of(ex)).apiKeys();
    }

    static ApiKeyJson issued(Issued issued) {
        return ApiKeyJson.issued(issued.key(), issued.secret());
    }

    private static String tenantId(Exchange ex) {
        return AdminTenantsHttpService.tenantId(ex);
    }

    private static String keyId(Exchange ex) {
        return ex.pathParam("keyId");
    }
}

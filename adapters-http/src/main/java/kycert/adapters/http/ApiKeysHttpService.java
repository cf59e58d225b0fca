package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.ApiKeyJson;
import kycert.adapters.http.json.ListJson;
import kycert.adapters.http.security.JwtTokens.Claims;
import kycert.domain.error.ApiError;

/** A tenant's own API keys (§5): list, create (full key once), read, revoke, regenerate; another tenant's id is 404. */
final class ApiKeysHttpService implements HttpService {
    static final String KEYS = "/api/v1/api-keys";
    static final String KEY = KEYS + "/{id}";

    private final Routes routes;
    private final ManagementPlane plane;

    ApiKeysHttpService(Routes routes, ManagementPlane plane) {
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, KEYS).post(plane.write(true, this::create)).get(plane.read(this::list)).register();
        routes.path(rules, KEY).get(plane.read((ex, caller) -> plane.as(ex, caller).apiKeys().get(tenant(caller), id(ex))
                .fold(Reply::failure, key -> Reply.ok(ApiResource.API_KEY, ApiKeyJson.of(key))))).register();
        routes.path(rules, KEY + "/revoke").post(plane.write(false, (ex, caller) -> plane.as(ex, caller).apiKeys()
                .revoke(tenant(caller), id(ex))
                .fold(Reply::failure, key -> Reply.ok(ApiResource.API_KEY, ApiKeyJson.of(key))))).register();
        routes.path(rules, KEY + "/regenerate").post(plane.write(false, (ex, caller) -> plane.as(ex, caller).apiKeys()
                .regenerate(tenant(caller), id(ex))
                .fold(Reply::failure, issued -> Reply.ok(ApiResource.API_KEY, AdminApiKeysHttpService.issued(issued))))).register();
    }

    private Reply create(Exchange ex, Claims caller) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        return CreateForms.apiKey(tenant(caller), body.get()).flatMap(plane.as(ex, caller).apiKeys()::create)
                .fold(Reply::failure, issued -> Reply.created(ApiResource.API_KEY, AdminApiKeysHttpService.issued(issued)));
    }

    private Reply list(Exchange ex, Claims caller) {
        return plane.as(ex, caller).apiKeys().list(tenant(caller))
                .fold(Reply::failure, keys -> Reply.ok(ApiResource.API_KEY_LIST, ListJson.all(keys, ApiKeyJson::of)));
    }

    private static String tenant(Claims caller) {
        return ManagementPlane.tenantId(caller);
    }

    private static String id(Exchange ex) {
        return ex.pathParam("id");
    }
}

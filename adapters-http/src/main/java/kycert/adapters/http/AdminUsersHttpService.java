package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.UserJson;
import kycert.application.Kycert;
import kycert.domain.audit.Actor;
import kycert.domain.error.ApiError;

/** The operator creates a tenant's users: {@code POST /admin/v1/tenants/{id}/users {email, password}} → 201 {@code {id, email}}. */
final class AdminUsersHttpService implements HttpService {
    static final String USERS = AdminTenantsHttpService.TENANT + "/users";

    private final Kycert app;
    private final Routes routes;
    private final OperatorPlane plane;

    AdminUsersHttpService(Kycert app, Routes routes, OperatorPlane plane) {
        this.app = app;
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, USERS).post(plane.write(true, this::create)).register();
    }

    private Reply create(Exchange ex) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        Either<ApiError, String> email = BodyFields.string(body.get(), "email");
        if (email.isLeft()) return Reply.failure(email.getLeft());
        Either<ApiError, String> password = BodyFields.string(body.get(), "password");
        if (password.isLeft()) return Reply.failure(password.getLeft());
        return app.as(Actor.operator(), ClientAddress.of(ex)).users()
                .create(AdminTenantsHttpService.tenantId(ex), email.get(), password.get())
                .fold(Reply::failure, user -> Reply.created(ApiResource.USER, UserJson.of(user)));
    }
}

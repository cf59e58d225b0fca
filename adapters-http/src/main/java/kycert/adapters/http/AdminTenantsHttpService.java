package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.TenantJson;
import kycert.application.Kycert;
import kycert.domain.error.ApiError;
import kycert.domain.tenant.Tenant;

/** The operator's tenants: create, read, credits, the tenant-wide rate ceiling, suspend and resume. */
final class AdminTenantsHttpService implements HttpService {
    static final String TENANTS = "/admin/v1/tenants";
    static final String TENANT = TENANTS + "/{tenantId}";

    private final Kycert app;
    private final Routes routes;
    private final OperatorPlane plane;

    AdminTenantsHttpService(Kycert app, Routes routes, OperatorPlane plane) {
        this.app = app;
        this.routes = routes;
        this.plane = plane;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, TENANTS).post(plane.write(true, this::create)).register();
        routes.path(rules, TENANT).get(plane.read(ex -> reply(app.tenants().get(tenantId(ex))))).register();
        routes.path(rules, TENANT + "/credits").post(plane.write(true, this::addCredits)).register();
        routes.path(rules, TENANT + "/rate-limit").post(plane.write(true, this::setRateLimit)).register();
        routes.path(rules, TENANT + "/suspend").post(plane.write(false, ex -> reply(app.tenants().suspend(tenantId(ex))))).register();
        routes.path(rules, TENANT + "/resume").post(plane.write(false, ex -> reply(app.tenants().resume(tenantId(ex))))).register();
    }

    static String tenantId(Exchange ex) {
        return ex.pathParam("tenantId");
    }

    private Reply create(Exchange ex) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        Either<ApiError, String> name = BodyFields.string(body.get(), "name");
        if (name.isLeft()) return Reply.failure(name.getLeft());
        Either<ApiError, Long> credits = BodyFields.integer(body.get(), "credits");
        if (credits.isLeft()) return Reply.failure(credits.getLeft());
        Either<ApiError, Integer> rateLimit = BodyFields.int32(body.get(), "rate_limit");
        if (rateLimit.isLeft()) return Reply.failure(rateLimit.getLeft());
        return app.tenants().create(name.get(), credits.get(), rateLimit.get())
                .fold(Reply::failure, tenant -> Reply.created(ApiResource.TENANT, TenantJson.of(tenant)));
    }

    private Reply addCredits(Exchange ex) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        Either<ApiError, Long> amount = BodyFields.integer(body.get(), "amount");
        if (amount.isLeft()) return Reply.failure(amount.getLeft());
        // keyed by the request's Idempotency-Key: a retry after a crash between the top-up and its stored answer adds nothing
        return reply(app.tenants().addCredits(tenantId(ex), amount.get(), ex.heldIdempotencyKey()));
    }

    private Reply setRateLimit(Exchange ex) {
        Either<ApiError, Map<String, Object>> body = plane.body(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        Either<ApiError, Integer> rateLimit = BodyFields.int32(body.get(), "rate_limit");
        if (rateLimit.isLeft()) return Reply.failure(rateLimit.getLeft());
        return reply(app.tenants().setRateLimit(tenantId(ex), rateLimit.get()));
    }

    private static Reply reply(Either<ApiError, Tenant> tenant) {
        return tenant.fold(Reply::failure, t -> Reply.ok(ApiResource.TENANT, TenantJson.of(t)));
    }
}

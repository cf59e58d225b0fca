package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import java.util.Map;
import kycert.adapters.http.json.AccessTokenJson;
import kycert.adapters.http.security.JwtTokens;
import kycert.application.Kycert;
import kycert.application.port.in.LoginCommand;
import kycert.domain.error.ApiError;

/**
 * {@code POST /api/auth/login {email, password}} → a short-lived access token for the management plane. Wrong
 * password and unknown email are the same 401 invalid_credentials; a throttled attempt (see LoginThrottle) is 429 with
 * Retry-After. The client address is the TCP peer's ({@link ClientAddress}).
 * Not idempotent by key: a login is safe to repeat, and a token is never kept to be answered again.
 */
final class LoginHttpService implements HttpService {
    static final String LOGIN = "/api/auth/login";

    private final Kycert app;
    private final Routes routes;
    private final JsonBodies bodies;
    private final JwtTokens tokens;

    LoginHttpService(Kycert app, Routes routes, JsonBodies bodies, JwtTokens tokens) {
        this.app = app;
        this.routes = routes;
        this.bodies = bodies;
        this.tokens = tokens;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, LOGIN).post(this::login).register();
    }

    private Reply login(Exchange ex) {
        if (ex.version().isLeft()) return Reply.failure(ex.version().getLeft());
        Either<ApiError, Map<String, Object>> body = bodies.readObject(ex);
        if (body.isLeft()) return Reply.failure(body.getLeft());
        Either<ApiError, String> email = BodyFields.string(body.get(), "email");
        if (email.isLeft()) return Reply.failure(email.getLeft());
        Either<ApiError, String> password = BodyFields.string(body.get(), "password");
        if (password.isLeft()) return Reply.failure(password.getLeft());
        return app.login().login(new LoginCommand(email.get(), password.get(), ClientAddress.of(ex)))
                .peek(user -> ex.caller("user:" + user.id()))
                .fold(Reply::failure, user -> Reply.ok(ApiResource.ACCESS_TOKEN,
                        AccessTokenJson.bearer(tokens.issue(user), JwtTokens.LIFETIME.toSeconds())));
    }
}

package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the hand-written OpenAPI 3.1 document shipped in this module's resources. */
final class OpenApiHttpService implements HttpService {
    static final String OPENAPI = "/openapi.json";
    static final String RESOURCE = "/kycert/adapters/http/openapi.json";

    private final Routes routes;
    private final byte[] document;

    OpenApiHttpService(Routes routes) {
        this.routes = routes;
        this.document = load();
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, OPENAPI).get(ex -> new Reply.Bytes(200, KycertHeaders.JSON, document)).register();
    }

    static byte[] load() {
        try (InputStream in = OpenApiHttpService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import kycert.adapters.http.json.ErrorJson;
import kycert.adapters.http.json.HealthJson;
import kycert.application.port.in.ListListsUseCase.ListStatus;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * Liveness (the process answers and its listener accepts) and readiness (its store answers too; the body also says how
 * fresh each screening list is); no credentials needed.
 */
final class HealthHttpService implements HttpService {
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";

    private final Routes routes;
    private final Readiness readiness;
    private final ListenerWatch listener;
    private final Supplier<List<ListStatus>> lists;

    /** {@code lists}: the screening lists' status, shown in the ready answer (stale or missing is a warning, not unready). */
    HealthHttpService(Routes routes, Readiness readiness, ListenerWatch listener, Supplier<List<ListStatus>> lists) {
        this.routes = routes;
        this.readiness = readiness;
        this.listener = listener;
        this.lists = lists;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, LIVE).get(this::live).register();
        routes.path(rules, READY).get(this::ready).register();
    }

    private Reply live(Exchange ex) {
        if (listener.listening()) return Reply.ok(ApiResource.HEALTH, HealthJson.up());
        ApiError down = ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, "Not live: the HTTP listener has stopped.");
        return new Reply.Payload(503, ApiResource.HEALTH, HealthJson.down(ErrorJson.Body.of(down), ex.requestId()));
    }

    private Reply ready(Exchange ex) {
        if (isReady()) return Reply.ok(ApiResource.HEALTH, HealthJson.up().withLists(freshness()));
        ApiError down = ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, "Not ready: the store does not answer.");
        return new Reply.Payload(503, ApiResource.HEALTH, HealthJson.down(ErrorJson.Body.of(down), ex.requestId()));
    }

    /** Each list's freshness ({@code current}, {@code stale}, {@code unavailable}); none when they cannot be read. */
    private Map<String, String> freshness() {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (ListStatus s : lists.get()) out.put(s.list().wire(), s.freshness().name().toLowerCase(Locale.ROOT));
            return out;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private boolean isReady() {
        try {
            return readiness.ready();
        } catch (RuntimeException e) {
            AccessLog.warning("readiness check failed: " + e.getClass().getName());
            return false;
        }
    }
}

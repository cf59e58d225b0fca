package kycert.adapters.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.vavr.control.Either;
import io.vavr.control.Option;
import kycert.adapters.http.json.ListJson;
import kycert.adapters.http.json.RunAnalysisJson;
import kycert.adapters.http.json.RunDetailJson;
import kycert.adapters.http.json.RunJson;
import kycert.application.Kycert;
import kycert.application.port.in.CreateRunCommand;
import kycert.application.port.in.CreateRunUseCase.Created;
import kycert.application.port.in.GetRunQuery;
import kycert.application.port.in.GetRunQuery.View;
import kycert.application.port.in.ListRunsQuery;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;
import kycert.domain.run.Run;
import kycert.domain.run.RunRequest;

/** The data plane: {@code /api/v1/bureau/runs}, behind an API key. */
final class RunsHttpService implements HttpService {
    static final String RUNS = "/api/v1/bureau/runs";
    static final String RUN = RUNS + "/{id}";

    private final Kycert app;
    private final Routes routes;
    private final ApiKeyGate gate;
    private final JsonBodies bodies;

    RunsHttpService(Kycert app, Routes routes, JsonBodies bodies) {
        this.app = app;
        this.routes = routes;
        this.gate = new ApiKeyGate(app);
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.path(rules, RUNS).post(this::create).get(this::list).register();
        routes.path(rules, RUN).get(ex -> get(ex, View.RUN)).register();
        routes.path(rules, RUN + "/analysis").get(ex -> get(ex, View.ANALYSIS)).register();
        routes.path(rules, RUN + "/detail").get(ex -> get(ex, View.DETAIL)).register();
    }

    private Reply create(Exchange ex) {
        Either<ApiError, ApiKey> caller = gate.admit(ex);
        if (caller.isLeft()) return Reply.failure(caller.getLeft());
        Either<ApiError, byte[]> raw = bodies.read(ex);
        if (raw.isLeft()) return Reply.failure(raw.getLeft());
        // a malformed body travels inside the command: the contract checks scope and idempotency first
        Json.Body body = Json.decodeObject(raw.get());
        CreateRunCommand command = new CreateRunCommand(caller.get(), Option.of(ex.header(KycertHeaders.IDEMPOTENCY_KEY)),
                body.fingerprint(), body.object().flatMap(RunRequest::parse));
        Either<ApiError, Created> created = app.createRun().create(command);
        if (created.isLeft()) return Reply.failure(created.getLeft());
        Run run = created.get().run();
        if (created.get().replayed()) ex.header(KycertHeaders.IDEMPOTENT_REPLAYED, "true");
        ex.header(KycertHeaders.LOCATION, RUNS + "/" + run.id());
        return new Reply.Payload(202, ApiResource.RUN, RunJson.accepted(run));
    }

    private Reply list(Exchange ex) {
        Either<ApiError, ApiKey> caller = gate.admit(ex);
        if (caller.isLeft()) return Reply.failure(caller.getLeft());
        ListRunsQuery query = new ListRunsQuery(caller.get(), ex.query("limit"), ex.query("cursor"), ex.query("status"),
                ex.query("external_id"));
        return app.listRuns().list(query)
                .fold(Reply::failure, page -> Reply.ok(ApiResource.RUN_LIST, ListJson.of(page, RunJson::of)));
    }

    private Reply get(Exchange ex, View view) {
        Either<ApiError, ApiKey> caller = gate.admit(ex);
        if (caller.isLeft()) return Reply.failure(caller.getLeft());
        return app.getRun().get(new GetRunQuery(caller.get(), ex.pathParam("id"), view))
                .fold(Reply::failure, run -> switch (view) {
                    case RUN -> Reply.ok(ApiResource.RUN, RunJson.of(run));
                    case ANALYSIS -> Reply.ok(ApiResource.RUN_ANALYSIS, RunAnalysisJson.of(run));
                    case DETAIL -> Reply.ok(ApiResource.RUN_DETAIL, RunDetailJson.of(run, Json::embed));
                });
    }
}

package kycert.application.port.in;

import kycert.domain.apikey.ApiKey;
import kycert.domain.scope.Scope;

/** Read one run in one of its views; the view decides the scope needed. */
public record GetRunQuery(ApiKey caller, String runId, View view) {
    /** The run itself, its analysis, or its per-source detail. */
    public enum View {
        RUN(Scope.RUNS_READ), ANALYSIS(Scope.RUNS_READ), DETAIL(Scope.DETAIL_READ);

        private final Scope scope;

        View(Scope scope) { this.scope = scope; }

        public Scope scope() { return scope; }
    }
}

package kycert.bootstrap;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import kycert.application.Kycert;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.application.port.in.ManageApiKeysUseCase.Issued;
import kycert.domain.apikey.Base62;
import kycert.domain.audit.Actor;
import kycert.domain.template.Template;
import kycert.domain.tenant.Tenant;

/**
 * On an empty store: tenant {@code demo}, a user who can log in to the management plane, a sandbox key with every
 * scope, a PF and a PJ template; printed once (the user's random password and the key are shown nowhere else).
 */
final class DemoSeed {
    static final long DEMO_CREDITS = 1_000;
    static final String DEMO_EMAIL = "demo@kycert.local";

    private DemoSeed() {}

    /** What the banner shows. */
    private record Seeded(Tenant tenant, String password, Template pf, Template pj, Issued key) {}

    static void seedIfEmpty(Kycert kycert, int port, PrintStream console) {
        if (kycert.ports().tenants().count() > 0) return;
        Tenant tenant = kycert.tenants().create("demo", DEMO_CREDITS).get();
        String tid = tenant.id().toString();
        String password = Base62.random(new SecureRandom(), 24);
        kycert.as(Actor.operator(), "").users().create(tid, DEMO_EMAIL, password).get();
        Template pf = kycert.templates().create(new CreateTemplateCommand(tid, "Onboarding PF", "pf", null, 1)).get();
        Template pj = kycert.templates().create(new CreateTemplateCommand(tid, "Onboarding PJ", "pj", null, 1)).get();
        Issued key = kycert.apiKeys().create(new CreateApiKeyCommand(tid, "Demo sandbox key", "test",
                List.of("runs:write", "runs:read", "detail:read"), null, null)).get();
        console.println(banner(new Seeded(tenant, password, pf, pj, key), port));
        console.flush();
    }

    private static String banner(Seeded s, int port) {
        String base = "http://localhost:" + port;
        String key = s.key().secret().value();
        return """

                ================================================================================
                 kycert demo tenant created (shown once; store it now)
                   tenant id      : %s
                   user email     : %s
                   user password  : %s
                   sandbox key    : %s
                   PF template id : %s
                   PJ template id : %s

                 Try it:
                   curl -s -X POST %s/api/v1/bureau/runs \\
                     -H "X-API-Key: %s" \\
                     -H "Content-Type: application/json" \\
                     -d '{"template_id":"%s","subject":{"type":"pf","doc":"529.982.247-25"}}'

                 Log in to the management plane (keys, templates, webhooks, audit log):
                   curl -s -X POST %s/api/auth/login \\
                     -H "Content-Type: application/json" \\
                     -d '{"email":"%s","password":"%s"}'
                ================================================================================
                """.formatted(s.tenant().id(), DEMO_EMAIL, s.password(), key, s.pf().id(), s.pj().id(), base, key, s.pf().id(),
                base, DEMO_EMAIL, s.password());
    }
}

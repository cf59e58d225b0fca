package kycert.application.service;

import java.util.List;
import kycert.application.port.out.BureauPort;
import kycert.domain.apikey.Environment;
import kycert.domain.run.BureauAnswer;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.subject.Subject;
import kycert.domain.template.Source;

/** Sandbox runs go to the fixtures, live runs to the live bureau: a live run never sees fixture data. */
public final class EnvironmentBureau implements BureauPort {
    private final BureauPort sandbox;
    private final BureauPort live;

    public EnvironmentBureau(BureauPort sandbox, BureauPort live) {
        this.sandbox = sandbox;
        this.live = live;
    }

    @Override
    public BureauAnswer query(Environment environment, List<Source> sources, Subject subject, MatchThreshold threshold) {
        return switch (environment) {
            case TEST -> sandbox.query(environment, sources, subject, threshold);
            case LIVE -> live.query(environment, sources, subject, threshold);
        };
    }
}

package kycert.adapters.memory;

import java.util.List;
import kycert.application.port.out.BureauPort;
import kycert.domain.apikey.Environment;
import kycert.domain.run.BureauAnswer;
import kycert.domain.run.SandboxBureau;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.subject.Subject;
import kycert.domain.template.Source;

/** The contract's sandbox fixture sources ({@link SandboxBureau}): sandbox runs only, never a live one. */
public final class FixtureBureau implements BureauPort {
    @Override
    public BureauAnswer query(Environment environment, List<Source> sources, Subject subject, MatchThreshold threshold) {
        // the application routes live runs to its live bureau; fixture data reaching a live run would be a bug
        if (environment != Environment.TEST) throw new IllegalStateException("the sandbox fixtures never answer a live run");
        return BureauAnswer.of(SandboxBureau.answer(sources, subject.document()));
    }
}

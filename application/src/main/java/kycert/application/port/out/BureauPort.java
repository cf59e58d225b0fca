package kycert.application.port.out;

import java.util.List;
import kycert.domain.apikey.Environment;
import kycert.domain.run.BureauAnswer;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.subject.Subject;
import kycert.domain.template.Source;

/** The data sources a run queries (registry status, sanctions, PEP, CEIS) about a subject: its document and name. */
public interface BureauPort {
    BureauAnswer query(Environment environment, List<Source> sources, Subject subject, MatchThreshold threshold);
}

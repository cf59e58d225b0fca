package kycert.adapters.jdbc;

import java.util.List;
import kycert.application.port.out.BureauPort;
import kycert.domain.apikey.Environment;
import kycert.domain.document.Document;
import kycert.domain.run.SandboxBureau;
import kycert.domain.run.SourceResult;
import kycert.domain.template.Source;

/** The sources as this build has them: the sandbox fixtures answer both environments (no live connectors yet). */
final class FixtureBureau implements BureauPort {
    @Override
    public List<SourceResult> query(Environment environment, List<Source> sources, Document document) {
        return SandboxBureau.answer(sources, document);
    }
}

package kycert.adapters.memory;

import java.util.List;
import kycert.application.port.out.BureauPort;
import kycert.domain.apikey.Environment;
import kycert.domain.document.Document;
import kycert.domain.run.SandboxBureau;
import kycert.domain.run.SourceResult;
import kycert.domain.template.Source;

/**
 * The contract's fixture sources ({@link SandboxBureau}) for BOTH environments: this build has no live bureau
 * connectors, so a live run is answered by the same fixture table as a sandbox run.
 */
public final class FixtureBureau implements BureauPort {
    @Override
    public List<SourceResult> query(Environment environment, List<Source> sources, Document document) {
        return SandboxBureau.answer(sources, document);
    }
}

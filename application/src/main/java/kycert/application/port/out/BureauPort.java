package kycert.application.port.out;

import java.util.List;
import kycert.domain.apikey.Environment;
import kycert.domain.document.Document;
import kycert.domain.run.SourceResult;
import kycert.domain.template.Source;

/** The data sources a run queries (registry status, sanctions, PEP, CEIS). */
public interface BureauPort {
    List<SourceResult> query(Environment environment, List<Source> sources, Document document);
}

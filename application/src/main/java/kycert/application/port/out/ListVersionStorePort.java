package kycert.application.port.out;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;

/**
 * The imported versions of the lists. An import stages its records in batches under a new version id (invisible to
 * runs), then activates the version in one step; earlier versions are kept, so a run can be proven later.
 */
public interface ListVersionStorePort {

    /** Adds records to a version being imported; nothing of it is visible until {@link #activate}. */
    void stage(ListVersionId version, ListId list, List<ListRecord> batch);

    /** Records {@code version} (its records staged, or kept from an earlier import) and makes it the list's active one, atomically. */
    void activate(ListVersion version);

    /** Drops the records staged for a version that will not be activated (a refused file, or bytes already imported). */
    void discard(ListVersionId version);

    /** The version of {@code list} imported from exactly these bytes, if any. */
    Option<ListVersion> findBySha256(ListId list, String sha256);

    /** The active version of each list that has one. */
    Map<ListId, ListVersion> activeVersions();

    /** Every activated version of {@code list}, newest import first. */
    List<ListVersion> versions(ListId list);

    /** The entries of a version of a list of names (sanctions, CGU, PEP); empty for an unknown version. */
    List<ListEntry> entries(ListVersionId version);

    /** Receita's establishment row for a full CNPJ in a version of {@code receita_cnpj}. */
    Option<CnpjEstablishment> establishment(ListVersionId version, String cnpj);

    /** Receita's company row (razão social) for a CNPJ root in a version of {@code receita_cnpj}. */
    Option<CnpjCompany> company(ListVersionId version, String root);
}

package kycert.adapters.jdbc;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import kycert.application.port.out.ListVersionStorePort;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.ListVersion;
import kycert.domain.screening.ListVersionId;

/**
 * The database stores no list versions yet (their tables come with migration V8): every list reads as never
 * imported, so live runs answer {@code list_unavailable} (PARTIAL), and an import is refused as unsupported.
 */
final class NeverImportedListVersions implements ListVersionStorePort {
    private static final String UNSUPPORTED = "list versions are not stored in the database yet: use --store memory to import lists";

    @Override public void stage(ListVersionId version, ListId list, List<ListRecord> batch) { throw new UnsupportedOperationException(UNSUPPORTED); }
    @Override public void activate(ListVersion version) { throw new UnsupportedOperationException(UNSUPPORTED); }
    @Override public void discard(ListVersionId version) { }
    @Override public Option<ListVersion> findBySha256(ListId list, String sha256) { return Option.none(); }
    @Override public Map<ListId, ListVersion> activeVersions() { return Map.of(); }
    @Override public List<ListVersion> versions(ListId list) { return List.of(); }
    @Override public List<ListEntry> entries(ListVersionId version) { return List.of(); }
    @Override public Option<CnpjEstablishment> establishment(ListVersionId version, String cnpj) { return Option.none(); }
    @Override public Option<CnpjCompany> company(ListVersionId version, String root) { return Option.none(); }
}

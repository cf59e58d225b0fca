package kycert.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import kycert.application.port.out.ListFileSourcePort;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;

/**
 * Imports a publisher's file(s) as a new version of a list, activated atomically once the last record is read. The
 * same bytes again give the existing version (made active again if it was not); a refused file is a
 * {@link ListFileFault} ({@code invalid_list_file}, naming the file and line) and the active version stays as it was.
 */
public interface ImportListUseCase {
    Either<ListFileFault, Imported> importList(ListId list, ListFileSourcePort files);

    /** The version the import produced, and whether it is new (201) or the existing one for these bytes (200). */
    record Imported(ListVersion version, boolean created) {
        public Imported {
            Objects.requireNonNull(version);
        }
    }
}

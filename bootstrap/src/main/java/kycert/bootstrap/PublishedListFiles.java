package kycert.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kycert.adapters.lists.InvalidListFile;
import kycert.adapters.lists.ListFile;
import kycert.adapters.lists.ListFileReaders;
import kycert.adapters.lists.NamedInput;
import kycert.application.port.out.ListFileSourcePort;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** The publishers' files of one import, read by {@code adapters-lists}; its {@link InvalidListFile} becomes a fault value. */
public final class PublishedListFiles implements ListFileSourcePort {
    private final List<NamedInput> inputs;

    public PublishedListFiles(List<NamedInput> inputs) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("an import has at least one file");
        this.inputs = List.copyOf(inputs);
    }

    /** One file (or a ZIP of them) as the client named it. */
    public static PublishedListFiles of(String fileName, InputStream in) {
        return new PublishedListFiles(List.of(new NamedInput(fileName, in)));
    }

    @Override
    public Either<ListFileFault, Records> open(ListId list) {
        try {
            return Either.right(new Read(ListFileReaders.open(list, inputs)));
        } catch (InvalidListFile e) {
            return Either.left(fault(e));
        }
    }

    private static ListFileFault fault(InvalidListFile e) {
        return new ListFileFault(e.fileName(), e.location(), e.reason());
    }

    private record Read(ListFile file) implements Records {
        Read {
            Objects.requireNonNull(file);
        }

        @Override
        public Either<ListFileFault, Option<ListRecord>> next() {
            try {
                return Either.right(file.hasNext() ? Option.of(file.next()) : Option.none());
            } catch (InvalidListFile e) {
                return Either.left(fault(e));
            }
        }

        @Override
        public Option<Instant> publishedAt() {
            return file.publishedAt();
        }

        @Override
        public String sha256() {
            return file.sha256();
        }

        @Override
        public void close() {
            file.close();
        }
    }
}

package kycert.adapters.memory.screening;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import kycert.application.port.out.ListFileSourcePort;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** A test double of a publisher's file: records given in memory, optionally refused at one of them (a file cut there). */
public record RecordsFile(String name, List<ListRecord> records, Option<Integer> faultAt) implements ListFileSourcePort {

    public static RecordsFile of(String name, List<ListRecord> records) {
        return new RecordsFile(name, records, Option.none());
    }

    /** The same records, but the file breaks at record {@code index} (0-based), after those before it were read. */
    public RecordsFile cutAt(int index) {
        return new RecordsFile(name, records, Option.of(index));
    }

    @Override
    public Either<ListFileFault, Records> open(ListId list) {
        Iterator<ListRecord> it = records.iterator();
        MessageDigest digest = sha256();
        return Either.right(new Records() {
            int read;
            String sha;

            @Override
            public Either<ListFileFault, Option<ListRecord>> next() {
                if (faultAt.contains(read)) return Either.left(new ListFileFault(name, "line " + (read + 1), "the file ends in the middle of a record"));
                if (!it.hasNext()) return Either.right(Option.none());
                ListRecord r = it.next();
                read++;
                digest.update(r.toString().getBytes(StandardCharsets.UTF_8));
                return Either.right(Option.of(r));
            }

            @Override
            public Option<Instant> publishedAt() {
                return Option.of(Instant.parse("2026-11-01T00:00:00Z"));
            }

            @Override
            public String sha256() {
                if (sha == null) sha = HexFormat.of().formatHex(digest.digest());
                return sha;
            }

            @Override
            public void close() { }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kycert.adapters.lists;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import kycert.domain.screening.ListId;

/**
 * Opens a publisher's file(s) for a list: a plain file, a ZIP of them, or several inputs (the OFAC CSV set, the
 * Receita files). The format comes from the content, never from the name or the Content-Type; a file of another
 * list or a malformed one is refused with {@link InvalidListFile}, at open or while iterating.
 */
public final class ListFileReaders {
    private ListFileReaders() {}

    /** One input: a published file, or a ZIP holding one or more. */
    public static ListFile open(ListId list, String fileName, InputStream in) {
        return open(list, List.of(new NamedInput(fileName, in)));
    }

    /** Several inputs of one import, read in the given order (the SHA-256 covers their bytes in that order). */
    public static ListFile open(ListId list, List<NamedInput> inputs) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("an import has at least one file");
        return open(list, List.copyOf(inputs).iterator());
    }

    /**
     * Inputs pulled one at a time, each only once the one before is read to its end: the parts of a streamed
     * multipart body can be handed over as they arrive. At least one input.
     */
    public static ListFile open(ListId list, Iterator<NamedInput> inputs) {
        Objects.requireNonNull(list, "list");
        if (!inputs.hasNext()) throw new IllegalArgumentException("an import has at least one file");
        MessageDigest digest = sha256();
        Metering meter = new Metering(digest);
        Entries entries = new Entries(inputs, meter::wrap);
        try {
            RecordCursor cursor = reader(list).open(entries);
            return new StreamedListFile(cursor, entries, digest, meter);
        } catch (RuntimeException e) {
            entries.close();
            throw e;
        }
    }

    private static ListReader reader(ListId list) {
        return switch (list) {
            case OFAC_SDN -> new OfacSdnReader();
            case UN_SC, EU_FSF, CEIS, CNEP, CEPIM, PEP, RECEITA_CNPJ -> new EachEntryReader(list);
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

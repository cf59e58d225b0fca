package kycert.adapters.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kycert.domain.screening.ListEntry;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/** The sample files in the publishers' layouts (src/test/resources), and ways to read them. */
final class Samples {
    private Samples() {}

    static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no sample " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(String resource) { return resource.substring(resource.lastIndexOf('/') + 1); }

    static NamedInput input(String resource) { return new NamedInput(name(resource), new ByteArrayInputStream(bytes(resource))); }

    static NamedInput input(String name, byte[] bytes) { return new NamedInput(name, new ByteArrayInputStream(bytes)); }

    /** A ZIP of the given samples, entries in the given order. */
    static byte[] zip(String... resources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String resource : resources) {
                zip.putNextEntry(new ZipEntry(name(resource)));
                zip.write(bytes(resource));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<ListRecord> readAll(ListId list, List<NamedInput> inputs) {
        try (ListFile file = ListFileReaders.open(list, inputs)) {
            List<ListRecord> records = new ArrayList<>();
            file.forEachRemaining(records::add);
            return records;
        }
    }

    static List<ListRecord> readAll(ListId list, String... resources) {
        return readAll(list, Arrays.stream(resources).map(Samples::input).toList());
    }

    static List<ListEntry> entries(List<ListRecord> records) {
        return records.stream().map(r -> ((ListRecord.Entry) r).entry()).toList();
    }

    static ListEntry entry(List<ListEntry> entries, String id) {
        return entries.stream().filter(e -> e.entryId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no entry " + id));
    }
}

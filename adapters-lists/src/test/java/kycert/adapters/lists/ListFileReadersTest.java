package kycert.adapters.lists;

import static kycert.adapters.lists.Samples.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import kycert.domain.screening.ListId;
import org.junit.jupiter.api.Test;

class ListFileReadersTest {
    private static final String CEIS = "/kycert/adapters/lists/cgu/20260101_CEIS.csv";

    @Test
    void theSha256CoversEveryByteOfTheInput_plainOrZipped() throws Exception {
        byte[] plain = Samples.bytes(CEIS);
        byte[] zip = Samples.zip(CEIS, "/kycert/adapters/lists/cgu/20190416_CEIS.csv");

        assertThat(readToEnd(ListId.CEIS, plain)).isEqualTo(sha256(plain));
        assertThat(readToEnd(ListId.CEIS, zip)).as("the central directory after the entries too").isEqualTo(sha256(zip));
        byte[] xml = Samples.bytes("/kycert/adapters/lists/un/consolidated.xml");
        byte[] withTail = (new String(xml, StandardCharsets.UTF_8) + "\n\n<!-- trailing comment -->\n").getBytes(StandardCharsets.UTF_8);
        assertThat(readToEnd(ListId.UN_SC, withTail)).as("bytes after the root element too").isEqualTo(sha256(withTail));
    }

    @Test
    void theSameBytes_giveTheSameSha256_andBytesReadCountsThemAll() {
        byte[] plain = Samples.bytes(CEIS);
        try (ListFile file = ListFileReaders.open(ListId.CEIS, "a.csv", new ByteArrayInputStream(plain))) {
            assertThatThrownBy(file::sha256).isInstanceOf(IllegalStateException.class);
            file.forEachRemaining(r -> { });
            assertThat(file.bytesRead()).isEqualTo(plain.length);
            assertThat(file.records()).isEqualTo(3);
            assertThat(file.sha256()).isEqualTo(readToEnd(ListId.CEIS, plain));
        }
    }

    @Test
    void anEmptyFile_andAFileOfNoKnownLayout_areRefused() {
        assertThatThrownBy(() -> Samples.readAll(ListId.CEIS, List.of(input("empty.csv", new byte[0]))))
                .isInstanceOf(InvalidListFile.class).hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> Samples.readAll(ListId.PEP, List.of(input("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}))))
                .isInstanceOf(InvalidListFile.class).hasMessageContaining("photo.jpg: not a file of list pep");
        assertThatThrownBy(() -> Samples.readAll(ListId.CEIS, List.of(input("empty.zip", Samples.zip()))))
                .isInstanceOf(InvalidListFile.class).hasMessage("empty.zip: the ZIP holds no file");
    }

    @Test
    void aZipInsideAZip_isRefused() {
        byte[] inner = Samples.zip(CEIS);
        byte[] outer = zipOf("inner.zip", inner);

        assertThatThrownBy(() -> Samples.readAll(ListId.CEIS, List.of(input("outer.zip", outer))))
                .isInstanceOf(InvalidListFile.class).hasMessageContaining("outer.zip!inner.zip").hasMessageContaining("ZIP inside a ZIP");
    }

    @Test
    void aSourceThatFails_isAnIoFailure_notTheClientsBadFile() {
        byte[] plain = Samples.bytes(CEIS);
        InputStream failing = new InputStream() {
            private int served;

            @Override public int read() throws IOException {
                if (served >= plain.length / 2) throw new IOException("connection reset");
                return plain[served++] & 0xFF;
            }
        };

        assertThatThrownBy(() -> Samples.readAll(ListId.CEIS, List.of(new NamedInput("ceis.csv", failing))))
                .isInstanceOf(UncheckedIOException.class).isNotInstanceOf(InvalidListFile.class);
    }

    private static String readToEnd(ListId list, byte[] bytes) {
        try (ListFile file = ListFileReaders.open(list, "file", new ByteArrayInputStream(bytes))) {
            file.forEachRemaining(r -> { });
            return file.sha256();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] zipOf(String name, byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

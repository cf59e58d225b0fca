package kycert.adapters.lists;

import static org.assertj.core.api.Assertions.assertThat;

import kycert.domain.screening.ListId;
import org.junit.jupiter.api.Test;

/**
 * Files are streamed, never held: this module's tests run in a 64 MB heap (see its pom), where the generated
 * 200,000-row Estabelecimentos file (about 41 MB, far more once decoded into strings) could not be read whole.
 */
class StreamingTest {

    @Test
    void aLargeEstabelecimentosFile_isReadInBoundedMemory() {
        long rows = 200_000;
        long count = 0;
        try (ListFile file = ListFileReaders.open(ListId.RECEITA_CNPJ, "Estabelecimentos0", EstabelecimentosGenerator.stream(rows))) {
            while (file.hasNext()) {
                file.next();
                count++;
            }
            assertThat(file.bytesRead()).isGreaterThan(40_000_000L);
        }
        assertThat(count).isEqualTo(rows);
    }
}

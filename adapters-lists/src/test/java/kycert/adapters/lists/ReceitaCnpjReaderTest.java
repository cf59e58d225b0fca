package kycert.adapters.lists;

import static kycert.adapters.lists.Samples.input;
import static kycert.adapters.lists.Samples.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kycert.domain.screening.CnpjCompany;
import kycert.domain.screening.CnpjEstablishment;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;
import kycert.domain.screening.RegistryStatus;
import org.junit.jupiter.api.Test;

class ReceitaCnpjReaderTest {
    private static final String ESTABELE = "/kycert/adapters/lists/receita/K3241.K03200Y0.D60111.ESTABELE";
    private static final String EMPRESAS = "/kycert/adapters/lists/receita/K3241.K03200Y0.D60111.EMPRECSV";

    @Test
    void establishments_withStatusDatesAndAlphanumericRoots() {
        List<CnpjEstablishment> rows = readAll(ListId.RECEITA_CNPJ, ESTABELE).stream()
                .map(r -> ((ListRecord.Establishment) r).establishment()).toList();

        assertThat(rows).extracting(CnpjEstablishment::cnpj)
                .containsExactly("11222333000181", "11222333000262", "19013123000195", "12ABC345000188", "33000167000101", "45997418000153");
        assertThat(rows.get(0).status()).isEqualTo(RegistryStatus.ATIVA);
        assertThat(rows.get(0).statusSince()).isEqualTo(Option.of(LocalDate.of(2005, 1, 3)));
        assertThat(rows.get(0).tradeName()).isEqualTo(Option.of("CONSTRUÇÕES EXEMPLO"));
        assertThat(rows.get(1).tradeName()).isEqualTo(Option.none());
        assertThat(rows.get(2).status()).isEqualTo(RegistryStatus.BAIXADA);
        assertThat(rows.get(3).status()).isEqualTo(RegistryStatus.INAPTA);
        assertThat(rows.get(3).statusSince()).as("0 is no date").isEqualTo(Option.none());
        assertThat(rows.get(4).status()).as("a one-digit code").isEqualTo(RegistryStatus.SUSPENSA);
        assertThat(rows.get(4).statusSince()).as("00000000 is no date").isEqualTo(Option.none());
        assertThat(rows.get(5).status()).isEqualTo(RegistryStatus.NULA);
        assertThat(rows.get(5).statusSince()).isEqualTo(Option.of(LocalDate.of(2020, 2, 29)));
    }

    @Test
    void companies_andEstablishments_fromOneZip() {
        byte[] zip = Samples.zip(EMPRESAS, ESTABELE);
        List<ListRecord> records = readAll(ListId.RECEITA_CNPJ, List.of(input("Empresas0.zip", zip)));

        assertThat(records).hasSize(9);
        assertThat(records.subList(0, 3)).extracting(r -> ((ListRecord.Company) r).company())
                .containsExactly(new CnpjCompany("11222333", "CONSTRUÇÕES EXEMPLO LTDA"),
                        new CnpjCompany("12ABC345", "ALFA NUMÉRICA COMÉRCIO S.A."),
                        new CnpjCompany("19013123", "FORNECEDORA EXEMPLO EIRELI"));
    }

    @Test
    void aRowWithAColumnMissing_isRefusedAtItsLine() {
        String text = new String(Samples.bytes(ESTABELE), StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n");
        lines[2] = lines[2].substring(0, lines[2].lastIndexOf(";"));

        assertThatThrownBy(() -> readAll(ListId.RECEITA_CNPJ, List.of(input("Estabelecimentos0", (String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 3");
                    assertThat(e.reason()).contains("29 fields");
                });
    }

    @Test
    void anUnknownStatusCode_isRefused() {
        String text = new String(Samples.bytes(ESTABELE), StandardCharsets.ISO_8859_1).replaceFirst("\"02\";\"20050103\"", "\"07\";\"20050103\"");

        assertThatThrownBy(() -> readAll(ListId.RECEITA_CNPJ, List.of(input("Estabelecimentos0", text.getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                    assertThat(e.location()).isEqualTo("line 1");
                    assertThat(e.reason()).contains("SITUAÇÃO CADASTRAL '07'");
                });
    }

    @Test
    void aPepFileSentAsReceita_isRefused() {
        assertThatThrownBy(() -> readAll(ListId.RECEITA_CNPJ, "/kycert/adapters/lists/cgu/202601_PEP.csv"))
                .isInstanceOf(InvalidListFile.class).hasMessageContaining("a CGU PEP CSV, not a file of list receita_cnpj");
    }
}

package kycert.adapters.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kycert.domain.screening.ListId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample is read by its own list and refused, with a reason, by every other. */
class CrossListTest {
    private static final String DIR = "/kycert/adapters/lists/";
    private static final Map<String, ListId> SAMPLES = Map.ofEntries(
            Map.entry("ofac/sdn.csv", ListId.OFAC_SDN), Map.entry("ofac/SDN.XML", ListId.OFAC_SDN),
            Map.entry("un/consolidated.xml", ListId.UN_SC), Map.entry("eu/export.xml", ListId.EU_FSF),
            Map.entry("eu/export.csv", ListId.EU_FSF), Map.entry("cgu/20260101_CEIS.csv", ListId.CEIS),
            Map.entry("cgu/20260101_CNEP.csv", ListId.CNEP), Map.entry("cgu/20260101_CEPIM.csv", ListId.CEPIM),
            Map.entry("cgu/202601_PEP.csv", ListId.PEP), Map.entry("receita/K3241.K03200Y0.D60111.ESTABELE", ListId.RECEITA_CNPJ),
            Map.entry("receita/K3241.K03200Y0.D60111.EMPRECSV", ListId.RECEITA_CNPJ));

    static Stream<Arguments> samplesAndLists() {
        return SAMPLES.keySet().stream().sorted().flatMap(sample -> Stream.of(ListId.values()).map(list -> Arguments.of(sample, list)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndLists")
    void aSample_isReadByItsListOnly(String sample, ListId list) {
        if (SAMPLES.get(sample) == list) {
            assertThat(Samples.readAll(list, List.of(Samples.input(DIR + sample)))).isNotEmpty();
        } else {
            assertThatThrownBy(() -> Samples.readAll(list, List.of(Samples.input(DIR + sample))))
                    .isInstanceOfSatisfying(InvalidListFile.class, e -> {
                        assertThat(e.fileName()).isEqualTo(Samples.name(sample));
                        assertThat(e.reason()).contains("not a file of list " + list.wire());
                    });
        }
    }
}

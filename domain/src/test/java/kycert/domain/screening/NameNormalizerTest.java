package kycert.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void listStyleSurnameFirst_accentsAndParticles_comeOutAsTheSameWords() {
        assertThat(tokens("DA SILVA, João")).isEqualTo(tokens("joao silva")).isEqualTo(List.of("joao", "silva"));
    }

    @Test
    void apostrophesJoin_hyphensSeparate_andArabicArticlesGo() {
        assertThat(tokens("Patrick O'Connor")).containsExactly("oconnor", "patrick");
        assertThat(tokens("Ayman al-Zawahiri")).containsExactly("ayman", "zawahiri");
        assertThat(tokens("Jean-Pierre")).containsExactly("jean", "pierre");
    }

    @Test
    void lettersWithoutDecomposition_areSpelledOut() {
        assertThat(tokens("Straße Øster Łódź Ærø")).containsExactly("aero", "lodz", "oster", "strasse");
    }

    @Test
    void legalFormsGo_butSaStaysASurname() {
        assertThat(tokens("ACME COMÉRCIO LTDA")).isEqualTo(tokens("Acme Comercio"));
        assertThat(tokens("Petrobras S.A.")).isEqualTo(tokens("PETROBRAS S/A")).containsExactly("petrobras");
        assertThat(tokens("Maria de Sá")).containsExactly("maria", "sa");
    }

    @Test
    void aLetterWithADot_isAnInitialEvenWhenItSpellsAParticle() {
        assertThat(tokens("Felipe E. Freitas")).containsExactly("e", "felipe", "freitas");
        assertThat(tokens("Felipe e Freitas")).containsExactly("felipe", "freitas");
    }

    @Test
    void aNameMadeOnlyOfNoiseWords_keepsThem() {
        assertThat(tokens("De La")).containsExactly("de", "la");
        assertThat(tokens("  ,.;  ")).isEmpty();
    }

    @Test
    void jrAndJuniorAreOneWord() {
        assertThat(tokens("Joao Silva Jr.")).isEqualTo(tokens("João Silva Júnior"));
    }

    private static List<String> tokens(String raw) {
        return NameNormalizer.normalize(raw).tokens();
    }
}

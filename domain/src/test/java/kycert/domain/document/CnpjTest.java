package kycert.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjTest {

    @ParameterizedTest
    @ValueSource(strings = {"12.ABC.345/01DE-35", "11.222.333/0001-81", "33.444.555/0001-81", "55.666.777/0001-81"})
    void known_valid_cnpjs_parse_in_masked_and_bare_forms(String masked) {
        String bare = masked.replaceAll("[./-]", "");
        assertThat(Cnpj.parse(masked)).isEqualTo(Either.right(new Cnpj(bare)));
        assertThat(Cnpj.parse(bare)).isEqualTo(Either.right(new Cnpj(bare)));
        assertThat(Cnpj.parse(masked).get().formatted()).isEqualTo(masked);
    }

    @Test
    void official_alphanumeric_example() {
        Cnpj cnpj = Cnpj.parse("12.ABC.345/01DE-35").get();
        assertThat(cnpj.value()).isEqualTo("12ABC34501DE35");
        assertThat(cnpj.alphanumeric()).isTrue();
        assertThat(Cnpj.checkDigits("12ABC34501DE")).isEqualTo("35");
    }

    @Test
    void numeric_cnpj_is_not_alphanumeric() {
        assertThat(new Cnpj("11222333000181").alphanumeric()).isFalse();
        assertThat(Cnpj.checkDigits("112223330001")).isEqualTo("81");
    }

    @Test
    void lowercase_letters_are_accepted_and_uppercased() {
        assertThat(Cnpj.parse("12.abc.345/01de-35").map(Cnpj::value)).isEqualTo(Either.right("12ABC34501DE35"));
        assertThat(Cnpj.parse("12aBc34501dE35").map(Cnpj::value)).isEqualTo(Either.right("12ABC34501DE35"));
    }

    @Test
    void strips_dots_dashes_slashes_spaces_and_tabs() {
        assertThat(Cnpj.parse(" 11 222\t333 0001 81 ").map(Cnpj::value)).isEqualTo(Either.right("11222333000181"));
    }

    @Test
    void wrong_length_reports_the_stripped_length_and_the_catalogue_message() {
        assertThat(Cnpj.parse("11.222.333/0001-8")).isEqualTo(Either.left(new DocumentError.WrongLength(13)));
        assertThat(Cnpj.parse("529.982.247-25")).isEqualTo(Either.left(new DocumentError.WrongLength(11)));
        assertThat(Cnpj.parse(null)).isEqualTo(Either.left(new DocumentError.WrongLength(0)));
        assertThat(Cnpj.parse("11.222.333/0001-8").getLeft().message())
                .isEqualTo("CPF/CNPJ com quantidade de dígitos incorreta.");
    }

    @Test
    void invalid_characters() {
        assertThat(Cnpj.parse("12.AB#.345/01DE-35")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        assertThat(Cnpj.parse("12.ABÇ.345/01DE-35")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        // check digits must be digits
        assertThat(Cnpj.parse("12.ABC.345/01DE-3A")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        assertThat(Cnpj.parse("AAAAAAAAAAAAAA")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        // only ASCII letters are uppercased: the dotless i does not become I
        assertThat(Cnpj.parse("12.ıBC.345/01DE-35")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
    }

    @Test
    void all_equal_characters_are_rejected() {
        for (char d = '0'; d <= '9'; d++) {
            assertThat(Cnpj.parse(String.valueOf(d).repeat(14))).isEqualTo(Either.left(new DocumentError.RepeatedDigits()));
        }
    }

    @Test
    void wrong_check_digits_are_rejected() {
        assertThat(Cnpj.parse("12.ABC.345/01DE-36")).isEqualTo(Either.left(new DocumentError.WrongCheckDigits()));
        assertThat(Cnpj.parse("11.222.333/0001-18")).isEqualTo(Either.left(new DocumentError.WrongCheckDigits()));
    }

    @Test
    void check_digits_require_a_twelve_char_uppercase_body() {
        assertThatThrownBy(() -> Cnpj.checkDigits("12ABC34501D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cnpj.checkDigits("12abc34501de")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cnpj.checkDigits(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formats_and_masks() {
        Cnpj numeric = new Cnpj("11222333000181");
        assertThat(numeric.formatted()).isEqualTo("11.222.333/0001-81");
        assertThat(numeric.masked()).isEqualTo("**.222.333/****-**");
        assertThat(numeric.toString()).isEqualTo("**.222.333/****-**");
        Cnpj alphanumeric = new Cnpj("12ABC34501DE35");
        assertThat(alphanumeric.formatted()).isEqualTo("12.ABC.345/01DE-35");
        assertThat(alphanumeric.masked()).isEqualTo("**.ABC.345/****-**");
        assertThat(alphanumeric.toString()).doesNotContain("12ABC34501DE35");
    }

    @Test
    void constructor_only_accepts_a_valid_normalized_value() {
        assertThatThrownBy(() -> new Cnpj("12abc34501de35")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cnpj("11.222.333/0001-81")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cnpj("11222333000182")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cnpj("00000000000000")).isInstanceOf(IllegalArgumentException.class);
    }
}

package kycert.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-25", "111.444.777-35", "222.333.444-05", "444.555.666-19", "777.888.999-41"})
    void known_valid_cpfs_parse_in_masked_and_bare_forms(String masked) {
        String bare = masked.replaceAll("[.-]", "");
        assertThat(Cpf.parse(masked)).isEqualTo(Either.right(new Cpf(bare)));
        assertThat(Cpf.parse(bare)).isEqualTo(Either.right(new Cpf(bare)));
        assertThat(Cpf.parse(masked).get().formatted()).isEqualTo(masked);
    }

    @Test
    void computes_check_digits() {
        assertThat(Cpf.checkDigits("529982247")).isEqualTo("25");
        assertThat(Cpf.checkDigits("222333444")).isEqualTo("05");
    }

    @Test
    void check_digits_require_a_nine_digit_body() {
        assertThatThrownBy(() -> Cpf.checkDigits("12345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpf.checkDigits("12345678A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cpf.checkDigits(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strips_dots_dashes_slashes_spaces_and_tabs() {
        assertThat(Cpf.parse(" 529 982\t247/25 ").map(Cpf::value)).isEqualTo(Either.right("52998224725"));
        assertThat(Cpf.parse("529\u00A0982.247-25").map(Cpf::value)).isEqualTo(Either.right("52998224725"));
    }

    @Test
    void wrong_length_reports_the_stripped_length_and_the_catalogue_message() {
        assertThat(Cpf.parse("529.982.247-2")).isEqualTo(Either.left(new DocumentError.WrongLength(10)));
        assertThat(Cpf.parse("529.982.247-255")).isEqualTo(Either.left(new DocumentError.WrongLength(12)));
        assertThat(Cpf.parse("")).isEqualTo(Either.left(new DocumentError.WrongLength(0)));
        assertThat(Cpf.parse(null)).isEqualTo(Either.left(new DocumentError.WrongLength(0)));
        assertThat(Cpf.parse("11.222.333/0001-81")).isEqualTo(Either.left(new DocumentError.WrongLength(14)));
        assertThat(new DocumentError.WrongLength(3).message()).isEqualTo("CPF/CNPJ com quantidade de dígitos incorreta.");
    }

    @Test
    void non_digits_are_invalid_characters() {
        assertThat(Cpf.parse("529.982.247-2A")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        assertThat(Cpf.parse("529.982.247-2#")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        assertThat(Cpf.parse("529.982.247-2\u0663")).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
        // letters before length: wrong length wins
        assertThat(Cpf.parse("ABC")).isEqualTo(Either.left(new DocumentError.WrongLength(3)));
    }

    @Test
    void all_equal_digits_are_rejected_even_though_their_check_digits_match() {
        for (char d = '0'; d <= '9'; d++) {
            String repeated = String.valueOf(d).repeat(11);
            assertThat(Cpf.checkDigits(repeated.substring(0, 9))).isEqualTo(repeated.substring(9));
            assertThat(Cpf.parse(repeated)).isEqualTo(Either.left(new DocumentError.RepeatedDigits()));
        }
    }

    @Test
    void wrong_check_digits_are_rejected() {
        assertThat(Cpf.parse("529.982.247-24")).isEqualTo(Either.left(new DocumentError.WrongCheckDigits()));
        assertThat(Cpf.parse("529.982.247-15")).isEqualTo(Either.left(new DocumentError.WrongCheckDigits()));
        assertThat(Cpf.parse("111.111.111-12")).isEqualTo(Either.left(new DocumentError.WrongCheckDigits()));
    }

    @Test
    void formats_and_masks() {
        Cpf cpf = new Cpf("52998224725");
        assertThat(cpf.formatted()).isEqualTo("529.982.247-25");
        assertThat(cpf.masked()).isEqualTo("***.982.247-**");
        assertThat(cpf.toString()).isEqualTo("***.982.247-**").doesNotContain("52998224725");
    }

    @Test
    void constructor_only_accepts_a_valid_normalized_value() {
        assertThatThrownBy(() -> new Cpf("529.982.247-25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cpf("52998224724")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cpf("11111111111")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cpf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void error_messages_are_in_portuguese() {
        assertThat(new DocumentError.InvalidCharacters().message()).isEqualTo("CPF/CNPJ contém caracteres inválidos.");
        assertThat(new DocumentError.RepeatedDigits().message()).isEqualTo("CPF/CNPJ inválido: todos os dígitos são iguais.");
        assertThat(new DocumentError.WrongCheckDigits().message())
                .isEqualTo("CPF/CNPJ inválido: dígitos verificadores não conferem.");
    }
}

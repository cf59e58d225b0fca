package kycert.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import kycert.domain.document.DocumentArbitraries.ValidAlphanumericCnpj;
import kycert.domain.document.DocumentArbitraries.ValidDocument;
import kycert.domain.document.DocumentArbitraries.ValidNumericCnpj;

class DocumentProperties {

    // --- check digits make any body valid -------------------------------------------------------

    @Property
    void any_nine_digit_body_with_its_check_digits_is_a_valid_cpf(@ForAll @NumericChars @StringLength(9) String body) {
        String value = body + Cpf.checkDigits(body);
        Assume.that(!allEqual(value));
        assertThat(Cpf.parse(value).map(Cpf::value)).isEqualTo(Either.right(value));
    }

    @Property
    void any_twelve_char_body_with_its_check_digits_is_a_valid_cnpj(
            @ForAll @NumericChars @CharRange(from = 'A', to = 'Z') @StringLength(12) String body) {
        String value = body + Cnpj.checkDigits(body);
        Assume.that(!allEqual(value));
        assertThat(Cnpj.parse(value).map(Cnpj::value)).isEqualTo(Either.right(value));
    }

    @Property
    void numeric_cnpjs_keep_their_legacy_check_digits(@ForAll @NumericChars @StringLength(12) String body) {
        assertThat(Cnpj.checkDigits(body)).isEqualTo(classicNumericCnpjCheckDigits(body));
    }

    // --- round trips --------------------------------------------------------------------------------

    @Property
    void parsing_the_formatted_form_gives_back_the_document(@ForAll(supplier = ValidDocument.class) Document document) {
        assertThat(parseLike(document, document.formatted())).isEqualTo(Either.right(document));
        assertThat(parseLike(document, document.value())).isEqualTo(Either.right(document));
    }

    @Property
    void separators_anywhere_are_ignored(@ForAll("documentsWithSeparators") Tuple2<Document, String> sample) {
        assertThat(parseLike(sample.get1(), sample.get2())).isEqualTo(Either.right(sample.get1()));
    }

    @Property
    void lowercase_cnpjs_parse_to_the_same_document(@ForAll(supplier = ValidAlphanumericCnpj.class) Cnpj cnpj) {
        assertThat(Cnpj.parse(cnpj.formatted().toLowerCase(Locale.ROOT))).isEqualTo(Either.right(cnpj));
    }

    @Property
    void alphanumeric_tells_the_two_cnpj_formats_apart(
            @ForAll(supplier = ValidNumericCnpj.class) Cnpj numeric,
            @ForAll(supplier = ValidAlphanumericCnpj.class) Cnpj alphanumeric) {
        assertThat(numeric.alphanumeric()).isFalse();
        assertThat(alphanumeric.alphanumeric()).isTrue();
    }

    @Property
    void the_log_form_is_the_mask_and_never_the_clear_value(@ForAll(supplier = ValidDocument.class) Document document) {
        assertThat(document.toString()).isEqualTo(document.masked()).doesNotContain(document.value());
    }

    // --- each invalid input yields exactly the reason it was built for --------------------------------

    @Property
    void wrong_length_is_reported_first_for_cpf(@ForAll("wrongLengthCpfInputs") Tuple2<String, Integer> sample) {
        assertThat(Cpf.parse(sample.get1())).isEqualTo(Either.left(new DocumentError.WrongLength(sample.get2())));
    }

    @Property
    void wrong_length_is_reported_first_for_cnpj(@ForAll("wrongLengthCnpjInputs") Tuple2<String, Integer> sample) {
        assertThat(Cnpj.parse(sample.get1())).isEqualTo(Either.left(new DocumentError.WrongLength(sample.get2())));
    }

    @Property
    void a_forbidden_character_in_a_cpf_is_invalid_characters(@ForAll("cpfsWithForbiddenChar") String input) {
        assertThat(Cpf.parse(input)).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
    }

    @Property
    void a_forbidden_character_in_a_cnpj_is_invalid_characters(@ForAll("cnpjsWithForbiddenChar") String input) {
        assertThat(Cnpj.parse(input)).isEqualTo(Either.left(new DocumentError.InvalidCharacters()));
    }

    @Property
    void all_equal_digits_are_repeated_digits(@ForAll @CharRange(from = '0', to = '9') char digit) {
        assertThat(Cpf.parse(String.valueOf(digit).repeat(11))).isEqualTo(Either.left(new DocumentError.RepeatedDigits()));
        assertThat(Cnpj.parse(String.valueOf(digit).repeat(14))).isEqualTo(Either.left(new DocumentError.RepeatedDigits()));
    }

    @Property
    void changing_only_check_digits_is_always_detected(@ForAll("documentsWithWrongCheckDigits") Tuple2<Document, String> sample) {
        // a change that happens to make every character equal is reported as the more specific RepeatedDigits
        net.jqwik.api.Assume.that(sample.get2().replaceAll("[^0-9A-Za-z]", "").chars().distinct().count() > 1);
        assertThat(parseLike(sample.get1(), sample.get2())).isEqualTo(Either.left(new DocumentError.WrongCheckDigits()));
    }

    // --- generators -----------------------------------------------------------------------------------

    @Provide
    Arbitrary<Tuple2<Document, String>> documentsWithSeparators() {
        return DocumentArbitraries.documents()
                .flatMap(d -> DocumentArbitraries.withSeparators(d.value()).map(input -> Tuple.of(d, input)));
    }

    @Provide
    Arbitrary<Tuple2<String, Integer>> wrongLengthCpfInputs() {
        return wrongLength(11);
    }

    @Provide
    Arbitrary<Tuple2<String, Integer>> wrongLengthCnpjInputs() {
        return wrongLength(14);
    }

    @Provide
    Arbitrary<String> cpfsWithForbiddenChar() {
        Arbitrary<Character> forbidden = Arbitraries.oneOf(notAsciiAlphanumeric(), asciiLetters());
        return Combinators.combine(DocumentArbitraries.cpfs(), Arbitraries.integers().between(0, 10), forbidden)
                .as((cpf, position, c) -> replaceAt(cpf.value(), position, c))
                .flatMap(DocumentArbitraries::withSeparators);
    }

    @Provide
    Arbitrary<String> cnpjsWithForbiddenChar() {
        Arbitrary<String> inBody = Combinators.combine(
                        DocumentArbitraries.cnpjs(), Arbitraries.integers().between(0, 11), notAsciiAlphanumeric())
                .as((cnpj, position, c) -> replaceAt(cnpj.value(), position, c));
        Arbitrary<String> inCheckDigits = Combinators.combine(
                        DocumentArbitraries.cnpjs(), Arbitraries.integers().between(12, 13),
                        Arbitraries.oneOf(notAsciiAlphanumeric(), asciiLetters()))
                .as((cnpj, position, c) -> replaceAt(cnpj.value(), position, c));
        return Arbitraries.oneOf(inBody, inCheckDigits).flatMap(DocumentArbitraries::withSeparators);
    }

    /** A valid document and its value with one or both check digits replaced by other digits. */
    @Provide
    Arbitrary<Tuple2<Document, String>> documentsWithWrongCheckDigits() {
        Arbitrary<Integer> shift = Arbitraries.integers().between(0, 9);
        return Combinators.combine(DocumentArbitraries.documents(), shift, shift)
                .filter((d, first, second) -> first + second > 0)
                .as((d, first, second) -> {
                    String v = d.value();
                    int n = v.length();
                    String wrong = v.substring(0, n - 2) + shifted(v.charAt(n - 2), first) + shifted(v.charAt(n - 1), second);
                    return Tuple.of(d, wrong);
                })
                .flatMap(t -> DocumentArbitraries.withSeparators(t.get2()).map(input -> Tuple.of(t.get1(), input)));
    }

    /** Strings of any non-separator characters whose length is not {@code expected}, paired with their length. */
    private static Arbitrary<Tuple2<String, Integer>> wrongLength(int expected) {
        Arbitrary<Character> anyChar = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().numeric()),
                Tuple.of(2, asciiLetters()),
                Tuple.of(1, notAsciiAlphanumeric()));
        return anyChar.list().ofMaxSize(30)
                .filter(chars -> chars.size() != expected)
                .flatMap(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return DocumentArbitraries.withSeparators(text.toString()).map(input -> Tuple.of(input, chars.size()));
                });
    }

    /** Characters that are neither ASCII letters/digits nor separators, including look-alikes such as fullwidth digits. */
    private static Arbitrary<Character> notAsciiAlphanumeric() {
        return Arbitraries.oneOf(
                Arbitraries.of('#', '*', '+', '_', '!', '@', '$', '%', '&', '(', ')', ',', ';', ':', '?', '=', '\'', '"', 'ª', 'º', '°'),
                Arbitraries.chars().range('\u00C0', '\u024F'),   // accented Latin letters, including ı and ſ
                Arbitraries.chars().range('\u0660', '\u0669'),   // Arabic-Indic digits
                Arbitraries.chars().range('\uFF10', '\uFF19'),   // fullwidth digits
                Arbitraries.chars().range('\uFF21', '\uFF3A'));  // fullwidth capital letters
    }

    private static Arbitrary<Character> asciiLetters() {
        return Arbitraries.chars().range('A', 'Z').range('a', 'z');
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static Either<DocumentError, Document> parseLike(Document kind, String input) {
        return switch (kind) {
            case Cpf ignored -> Cpf.parse(input).map(Document.class::cast);
            case Cnpj ignored -> Cnpj.parse(input).map(Document.class::cast);
        };
    }

    /** The legacy numeric CNPJ algorithm, written independently: weights 2..9 cycling from the rightmost digit. */
    private static String classicNumericCnpjCheckDigits(String twelveDigits) {
        int first = classicDigit(twelveDigits);
        int second = classicDigit(twelveDigits + first);
        return "" + first + second;
    }

    private static int classicDigit(String digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += Character.digit(digits.charAt(i), 10) * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    private static char shifted(char digit, int by) {
        return (char) ('0' + (digit - '0' + by) % 10);
    }

    private static String replaceAt(String s, int position, char c) {
        return s.substring(0, position) + c + s.substring(position + 1);
    }

    private static boolean allEqual(String s) {
        return s.chars().distinct().count() <= 1;
    }
}

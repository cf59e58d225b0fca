package kycert.domain.subject;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.DocumentArbitraries;
import kycert.domain.document.DocumentArbitraries.ValidCnpj;
import kycert.domain.document.DocumentArbitraries.ValidCpf;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.text.NameArbitraries;
import kycert.domain.text.NameArbitraries.Blank;
import kycert.domain.text.NameArbitraries.NameUpTo200;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Subject.parse: every valid document of the type, however punctuated, is its bare value; names of 1 to 200 chars. */
class SubjectProperties {
    private static final ApiError NAME_REFUSED =
            ApiError.of(ErrorCode.INVALID_PARAMETER, "subject.name must be 1 to 200 characters.", "subject.name");

    @Property(tries = 500)
    void everyValidCpf_withAnyPunctuation_parsesToItsBareValue(@ForAll("punctuatedCpfs") Tuple2<Cpf, String> sample) {
        Subject subject = Subject.parse("pf", sample.get2(), null).get();

        assertThat(subject.type()).isEqualTo(SubjectType.PF);
        assertThat(subject.document().value()).isEqualTo(sample.get1().value());
    }

    @Property(tries = 500)
    void everyValidCnpj_withAnyPunctuationOrCase_parsesToItsBareValue(@ForAll("punctuatedCnpjs") Tuple2<Cnpj, String> sample) {
        Subject subject = Subject.parse("pj", sample.get2(), null).get();

        assertThat(subject.type()).isEqualTo(SubjectType.PJ);
        assertThat(subject.document().value()).isEqualTo(sample.get1().value());
    }

    @Property(tries = 200)
    void aDocumentOfTheOtherType_isRefusedWithInvalidDocumentOnSubjectDoc(@ForAll(supplier = ValidCpf.class) Cpf cpf,
                                                                        @ForAll(supplier = ValidCnpj.class) Cnpj cnpj) {
        for (Either<ApiError, Subject> refused : List.of(Subject.parse("pj", cpf.formatted(), null),
                Subject.parse("pf", cnpj.formatted(), null))) {
            assertThat(refused.getLeft().code()).isEqualTo(ErrorCode.INVALID_DOCUMENT);
            assertThat(refused.getLeft().param()).contains("subject.doc");
        }
    }

    @Property(tries = 500)
    void anyNameOf1To200Chars_isKeptAsSent(@ForAll(supplier = NameUpTo200.class) String name,
                                           @ForAll(supplier = ValidCpf.class) Cpf cpf) {
        assertThat(Subject.parse("pf", cpf.formatted(), name))
                .isEqualTo(Either.right(new Subject(SubjectType.PF, cpf, Option.of(name))));
    }

    @Property(tries = 200)
    void aBlankName_isRefusedOnSubjectName(@ForAll(supplier = Blank.class) String name,
                                           @ForAll(supplier = ValidCnpj.class) Cnpj cnpj) {
        assertThat(Subject.parse("pj", cnpj.value(), name)).isEqualTo(Either.left(NAME_REFUSED));
    }

    @Property(tries = 200)
    void aNameLongerThan200Chars_isRefusedOnSubjectName(@ForAll("tooLongNames") String name,
                                                        @ForAll(supplier = ValidCpf.class) Cpf cpf) {
        assertThat(Subject.parse("pf", cpf.value(), name)).isEqualTo(Either.left(NAME_REFUSED));
    }

    @Property(tries = 200)
    void anyTypeButPfOrPj_isRefusedWithInvalidSubjectType(@ForAll String type, @ForAll(supplier = ValidCpf.class) Cpf cpf) {
        Assume.that(!type.equals("pf") && !type.equals("pj"));

        assertThat(Subject.parse(type, cpf.value(), null)).isEqualTo(Either.left(ApiError.of(ErrorCode.INVALID_SUBJECT_TYPE)));
    }

    @Provide
    Arbitrary<Tuple2<Cpf, String>> punctuatedCpfs() {
        return DocumentArbitraries.cpfs().flatMap(cpf -> Arbitraries.oneOf(
                        DocumentArbitraries.withSeparators(cpf.value()), Arbitraries.just(cpf.formatted()))
                .map(input -> Tuple.of(cpf, input)));
    }

    @Provide
    Arbitrary<Tuple2<Cnpj, String>> punctuatedCnpjs() {
        return DocumentArbitraries.cnpjs().flatMap(cnpj -> Arbitraries.oneOf(
                        DocumentArbitraries.withSeparators(cnpj.value()),
                        DocumentArbitraries.withSeparators(cnpj.value().toLowerCase(Locale.ROOT)),
                        Arbitraries.just(cnpj.formatted()))
                .map(input -> Tuple.of(cnpj, input)));
    }

    /** 201 chars and beyond: a valid name with more text after it. */
    @Provide
    Arbitrary<String> tooLongNames() {
        return Combinators.combine(NameArbitraries.namesOfLength(200), NameArbitraries.names(300))
                .as((name, more) -> name + more);
    }
}

package kycert.domain.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

class SubjectTest {
    private static final String CPF = "529.982.247-25";
    private static final String CNPJ = "11.222.333/0001-81";

    @Test
    void aPersonWithAMaskedCpf_parsesToTheBareCpf() {
        assertThat(Subject.parse("pf", CPF, "Ana Souza"))
                .isEqualTo(Either.right(new Subject(SubjectType.PF, new Cpf("52998224725"), Option.of("Ana Souza"))));
    }

    @Test
    void aCompanyWithAMaskedCnpj_parsesToTheBareCnpj_andNoName() {
        assertThat(Subject.parse("pj", CNPJ, null))
                .isEqualTo(Either.right(new Subject(SubjectType.PJ, new Cnpj("11222333000181"), Option.none())));
    }

    @Test
    void aMissingType_isRefusedWithMissingSubjectOnSubjectType() {
        assertThat(Subject.parse(null, CPF, null))
                .isEqualTo(Either.left(ApiError.of(ErrorCode.MISSING_SUBJECT, "subject.type is required.", "subject.type")));
        assertThat(Subject.parse(null, null, null).getLeft().param()).contains("subject.type");
    }

    @Test
    void aMissingDoc_isRefusedWithMissingSubjectOnSubjectDoc() {
        assertThat(Subject.parse("pf", null, "Ana"))
                .isEqualTo(Either.left(ApiError.of(ErrorCode.MISSING_SUBJECT, "subject.doc is required.", "subject.doc")));
    }

    @Test
    void anUnknownType_isRefusedWithInvalidSubjectType_beforeTheDocumentIsLookedAt() {
        ApiError expected = new ApiError(ErrorCode.INVALID_SUBJECT_TYPE, "subject.type must be \"pf\" or \"pj\".",
                Option.of("subject.type"), Option.none());
        assertThat(Subject.parse("PF", CPF, null)).isEqualTo(Either.left(expected));
        assertThat(Subject.parse("cpf", "not a document", null)).isEqualTo(Either.left(expected));
        assertThat(Subject.parse("", CPF, null)).isEqualTo(Either.left(expected));
    }

    @Test
    void aCpfSentAsACompany_isRefusedWithInvalidDocument() {
        assertThat(Subject.parse("pj", CPF, null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_DOCUMENT, "CPF/CNPJ com quantidade de dígitos incorreta.", "subject.doc")));
    }

    @Test
    void aCnpjSentAsAPerson_isRefusedWithInvalidDocument() {
        assertThat(Subject.parse("pf", CNPJ, null).getLeft().code()).isEqualTo(ErrorCode.INVALID_DOCUMENT);
    }

    @Test
    void aCpfWithWrongCheckDigits_isRefusedWithThePortugueseReason() {
        assertThat(Subject.parse("pf", "529.982.247-24", null)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_DOCUMENT, "CPF/CNPJ inválido: dígitos verificadores não conferem.", "subject.doc")));
    }

    @Test
    void aBadDocument_isReportedBeforeABadName() {
        assertThat(Subject.parse("pf", "123", "").getLeft().code()).isEqualTo(ErrorCode.INVALID_DOCUMENT);
    }

    @Test
    void aNameOf200Chars_isKept_and201_isRefusedOnSubjectName() {
        assertThat(Subject.parse("pf", CPF, "a".repeat(200)).get().name()).contains("a".repeat(200));
        assertThat(Subject.parse("pf", CPF, "a".repeat(201))).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "subject.name must be 1 to 200 characters.", "subject.name")));
    }

    @Test
    void anEmptyOrBlankName_isRefusedOnSubjectName_ratherThanTakenAsAbsent() {
        assertThat(Subject.parse("pf", CPF, "").getLeft().param()).contains("subject.name");
        assertThat(Subject.parse("pf", CPF, "  \t").getLeft().param()).contains("subject.name");
    }

    @Test
    void aNameIsKeptAsSent_notTrimmed() {
        assertThat(Subject.parse("pf", CPF, " Ana ").get().name()).contains(" Ana ");
    }

    @Test
    void aSubjectWhoseDocumentDoesNotMatchItsType_isABug() {
        assertThatThrownBy(() -> new Subject(SubjectType.PF, new Cnpj("11222333000181"), Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject(SubjectType.PJ, new Cpf("52998224725"), Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject(SubjectType.PF, new Cpf("52998224725"), null))
                .isInstanceOf(NullPointerException.class);
    }
}

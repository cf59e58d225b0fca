package kycert.domain.subject;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** Who a run is about: the type, a valid document of that type, and an optional name. */
public record Subject(SubjectType type, Document document, Option<String> name) {
    public static final int MAX_NAME_LENGTH = 200;

    public Subject {
        Objects.requireNonNull(type);
        Objects.requireNonNull(document);
        Objects.requireNonNull(name);
        if (type == SubjectType.PF != document instanceof Cpf) throw new IllegalArgumentException("document does not match subject type");
    }

    /** Validates untrusted input in the contract's order: presence, type, document, name. */
    public static Either<ApiError, Subject> parse(String type, String doc, String name) {
        if (type == null || doc == null) return Either.left(ApiError.of(ErrorCode.MISSING_SUBJECT,
                type == null ? "subject.type is required." : "subject.doc is required.",
                type == null ? "subject.type" : "subject.doc"));
        Option<SubjectType> subjectType = SubjectType.parse(type);
        if (subjectType.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_SUBJECT_TYPE));
        Either<ApiError, Document> document = (subjectType.get() == SubjectType.PF
                ? Cpf.parse(doc).<Document>map(d -> d)
                : Cnpj.parse(doc).<Document>map(d -> d))
                .mapLeft(e -> ApiError.of(ErrorCode.INVALID_DOCUMENT, e.message(), "subject.doc"));
        if (document.isLeft()) return Either.left(document.getLeft());
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER,
                    "subject.name must be 1 to " + MAX_NAME_LENGTH + " characters.", "subject.name"));
        }
        return Either.right(new Subject(subjectType.get(), document.get(), Option.of(name)));
    }
}

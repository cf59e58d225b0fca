package kycert.domain.screening;

import io.vavr.control.Option;
import java.util.Objects;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;
import kycert.domain.subject.Subject;
import kycert.domain.subject.SubjectType;

/**
 * Who is screened: a document and, when known, a name (the request's, or the registry's when the request has none).
 * Without a name only documents can match.
 */
public record ScreeningSubject(Document document, Option<String> name) {
    public ScreeningSubject {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
    }

    public static ScreeningSubject of(Subject subject) {
        return new ScreeningSubject(subject.document(), subject.name());
    }

    public SubjectType type() {
        return document instanceof Cpf ? SubjectType.PF : SubjectType.PJ;
    }
}

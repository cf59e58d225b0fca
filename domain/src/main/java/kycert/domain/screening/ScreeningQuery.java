package kycert.domain.screening;

import io.vavr.control.Option;
import kycert.domain.document.Document;
import kycert.domain.subject.SubjectType;

/** A subject prepared once for screening: its document, type, and normalized name (none when absent or all noise). */
record ScreeningQuery(Document document, SubjectType type, Option<NormalizedName> name) {

    static ScreeningQuery of(ScreeningSubject subject) {
        Option<NormalizedName> name = subject.name().map(NameNormalizer::normalize).filter(n -> !n.isEmpty());
        return new ScreeningQuery(subject.document(), subject.type(), name);
    }
}

package kycert.domain.screening;

import kycert.domain.subject.SubjectType;

/** Whose names a subject can match: a person's only people's, a company's only organizations'; OTHER either. */
final class KindRule {

    private KindRule() {
    }

    static boolean admits(EntryKind kind, SubjectType type) {
        return switch (kind) {
            case PERSON -> type == SubjectType.PF;
            case ORGANIZATION -> type == SubjectType.PJ;
            case OTHER -> true;
        };
    }
}

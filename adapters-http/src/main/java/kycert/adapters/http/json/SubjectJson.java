package kycert.adapters.http.json;

import kycert.domain.subject.Subject;

/** A run's subject: type, the normalized document, and the name when given. */
public record SubjectJson(String type, String doc, String name) {
    public static SubjectJson of(Subject subject) {
        return new SubjectJson(subject.type().wire(), subject.document().value(), subject.name().getOrNull());
    }
}

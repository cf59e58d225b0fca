package kycert.domain.template;

import io.vavr.control.Option;
import java.util.List;
import kycert.domain.subject.SubjectType;

/** The data sources a run can query. */
public enum Source {
    REGISTRY_STATUS("registry_status"),
    SANCTIONS("sanctions"),
    PEP("pep"),
    CEIS("ceis");

    private final String wire;

    Source(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Option<Source> parse(String s) {
        for (Source source : values()) if (source.wire.equals(s)) return Option.of(source);
        return Option.none();
    }

    /** What a template queries when it names no sources. */
    public static List<Source> defaultsFor(SubjectType type) {
        return type == SubjectType.PF
                ? List.of(REGISTRY_STATUS, SANCTIONS, PEP)
                : List.of(REGISTRY_STATUS, SANCTIONS, CEIS);
    }
}

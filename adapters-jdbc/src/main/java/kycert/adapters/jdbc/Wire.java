package kycert.adapters.jdbc;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kycert.domain.apikey.Environment;
import kycert.domain.run.RunStatus;
import kycert.domain.scope.Scope;
import kycert.domain.screening.ListId;
import kycert.domain.subject.SubjectType;
import kycert.domain.template.Source;
import kycert.domain.tenant.TenantStatus;

/** Domain vocabularies as stored: their wire names; sets as sorted comma-separated lists. */
final class Wire {
    private Wire() {}

    static TenantStatus tenantStatus(String s) {
        for (TenantStatus t : TenantStatus.values()) if (t.wire().equals(s)) return t;
        throw corrupt("tenant status", s);
    }

    static Environment environment(String s) {
        return Environment.parse(s).getOrElseThrow(() -> corrupt("environment", s));
    }

    static RunStatus runStatus(String s) {
        return RunStatus.parse(s).getOrElseThrow(() -> corrupt("run status", s));
    }

    static SubjectType subjectType(String s) {
        return SubjectType.parse(s).getOrElseThrow(() -> corrupt("subject type", s));
    }

    static Source source(String s) {
        return Source.parse(s).getOrElseThrow(() -> corrupt("source", s));
    }

    static ListId listId(String s) {
        return ListId.parse(s).getOrElseThrow(() -> corrupt("list", s));
    }

    static Scope scope(String s) {
        return Scope.parse(s).getOrElseThrow(() -> corrupt("scope", s));
    }

    static <T> String list(Collection<T> values, Function<T, String> wire) {
        return values.stream().map(wire).sorted().collect(Collectors.joining(","));
    }

    static <T> Set<T> set(String csv, Function<String, T> parse) {
        if (csv.isEmpty()) return Set.of();
        return Arrays.stream(csv.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }

    static IllegalStateException corrupt(String what, Object value) {
        return new IllegalStateException("stored " + what + " is not recognised: " + value);
    }
}

package kycert.domain.template;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.subject.SubjectType;
import kycert.domain.tenant.TenantId;

/** A tenant's recipe for a run: which subject type, which sources, what it costs, how close a name must be to hit. */
public record Template(TemplateId id, TenantId tenantId, String name, SubjectType subjectType,
                       List<Source> sources, int cost, boolean active, Instant createdAt, MatchThreshold matchThreshold) {
    public static final int MAX_COST = 1_000;

    public Template {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(subjectType);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(matchThreshold);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("a template queries at least one source");
        if (cost < 0) throw new IllegalArgumentException("cost cannot be negative");
    }

    /** With the default match threshold. */
    public Template(TemplateId id, TenantId tenantId, String name, SubjectType subjectType, List<Source> sources, int cost,
                    boolean active, Instant createdAt) {
        this(id, tenantId, name, subjectType, sources, cost, active, createdAt, MatchThreshold.DEFAULT);
    }

    /** {@link #create(TemplateId, TenantId, String, String, List, Integer, Double, Instant)} with the default threshold. */
    public static Either<ApiError, Template> create(TemplateId id, TenantId tenantId, String name, String subjectType,
                                                    List<String> sources, Integer cost, Instant now) {
        return create(id, tenantId, name, subjectType, sources, cost, null, now);
    }

    /**
     * Validates untrusted template fields: name, subject type, sources (default by type), cost (default 1), match
     * threshold (default {@link MatchThreshold#DEFAULT_VALUE}).
     */
    public static Either<ApiError, Template> create(TemplateId id, TenantId tenantId, String name, String subjectType,
                                                    List<String> sources, Integer cost, Double matchThreshold, Instant now) {
        if (name == null || name.isBlank()) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "name is required.", "name"));
        if (name.length() > 200) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "name must be at most 200 characters.", "name"));
        if (subjectType == null) return Either.left(ApiError.of(ErrorCode.MISSING_PARAMETER, "subject_type is required.", "subject_type"));
        Option<SubjectType> type = SubjectType.parse(subjectType);
        if (type.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_SUBJECT_TYPE, "subject_type must be \"pf\" or \"pj\".", "subject_type"));
        List<Source> parsed;
        if (sources == null) {
            parsed = Source.defaultsFor(type.get());
        } else {
            if (sources.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "sources must name at least one source.", "sources"));
            LinkedHashSet<Source> set = new LinkedHashSet<>();
            for (String s : sources) {
                Option<Source> source = Source.parse(s);
                if (source.isEmpty()) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER,
                        "Unknown source \"" + s + "\"; use registry_status, sanctions, pep or ceis.", "sources"));
                set.add(source.get());
            }
            parsed = new ArrayList<>(set);
        }
        int c = cost == null ? 1 : cost;
        if (c < 0 || c > MAX_COST) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "cost must be between 0 and " + MAX_COST + ".", "cost"));
        Either<ApiError, MatchThreshold> threshold = MatchThreshold.parse(matchThreshold);
        if (threshold.isLeft()) return Either.left(threshold.getLeft());
        return Either.right(new Template(id, tenantId, name.strip(), type.get(), parsed, c, true, now, threshold.get()));
    }

    public Template deactivate() {
        return new Template(id, tenantId, name, subjectType, sources, cost, false, createdAt, matchThreshold);
    }
}

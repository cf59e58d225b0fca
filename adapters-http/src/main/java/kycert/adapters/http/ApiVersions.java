package kycert.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/**
 * The table of API versions, oldest first. Responses are built in the latest shape; a client pinned to an older
 * version gets them walked back through the changes of every newer version, newest first. Adding a version is
 * one more row in {@link #TABLE}.
 */
final class ApiVersions {
    static final ApiVersions TABLE = new ApiVersions(List.of(
            new ApiVersion("2026-06-03", VersionChange.NONE)));

    private final List<ApiVersion> versions;
    private final Map<String, ApiVersion> byDate = new HashMap<>();
    private final Map<String, List<VersionChange>> downgrades = new HashMap<>();

    ApiVersions(List<ApiVersion> oldestFirst) {
        if (oldestFirst.isEmpty()) throw new IllegalArgumentException("at least one version");
        this.versions = List.copyOf(oldestFirst);
        for (int i = 0; i < versions.size(); i++) {
            ApiVersion v = versions.get(i);
            if (byDate.put(v.date(), v) != null) throw new IllegalArgumentException("duplicate version " + v.date());
            List<VersionChange> changes = new ArrayList<>();
            for (int j = versions.size() - 1; j > i; j--) {
                if (versions.get(j).change() != VersionChange.NONE) changes.add(versions.get(j).change());
            }
            downgrades.put(v.date(), List.copyOf(changes));
        }
    }

    List<ApiVersion> all() {
        return versions;
    }

    ApiVersion latest() {
        return versions.getLast();
    }

    /** The version a request asks for: the latest when the header is absent, unknown_api_version when it names none. */
    Either<ApiError, ApiVersion> resolve(String header) {
        if (header == null) return Either.right(latest());
        ApiVersion v = byDate.get(header.strip());
        return v == null ? Either.left(ApiError.of(ErrorCode.UNKNOWN_API_VERSION,
                "Unknown API version; use " + known() + " or omit the header.")) : Either.right(v);
    }

    /** A response body in the shape of {@code version}. */
    byte[] render(ApiVersion version, ApiResource resource, Object body) {
        List<VersionChange> changes = downgrades.get(version.date());
        if (changes == null || changes.isEmpty()) return Json.write(body);
        JsonNode tree = Json.MAPPER.valueToTree(body);
        for (VersionChange change : changes) tree = change.toPrevious(resource, tree);
        return Json.write(tree);
    }

    private String known() {
        return String.join(", ", versions.stream().map(ApiVersion::date).toList());
    }
}

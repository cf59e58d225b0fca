package kycert.domain.run;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.subject.Subject;

/**
 * A create-run request whose fields passed validation. The template id is kept as given: whether it names an
 * active template of the caller's tenant is decided later, in the contract's order of checks.
 */
public record RunRequest(String templateId, Subject subject, Option<String> externalId, Map<String, String> metadata,
                         Option<String> webhookUrl) {
    public static final int MAX_EXTERNAL_ID = 255;
    public static final int MAX_URL = 2048;

    public RunRequest {
        Objects.requireNonNull(templateId);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(externalId);
        metadata = Map.copyOf(metadata);
        Objects.requireNonNull(webhookUrl);
    }

    /** Validates a decoded JSON object (maps, lists, strings, numbers, booleans, nulls). */
    public static Either<ApiError, RunRequest> parse(Map<String, Object> body) {
        Object templateId = body.get("template_id");
        if (templateId == null) return Either.left(ApiError.of(ErrorCode.MISSING_TEMPLATE_ID));
        if (!(templateId instanceof String tid)) return Either.left(ApiError.of(ErrorCode.TEMPLATE_NOT_FOUND, "template_id must be a string UUID."));
        Object subject = body.get("subject");
        if (subject == null) return Either.left(ApiError.of(ErrorCode.MISSING_SUBJECT, "subject is required.", "subject"));
        if (!(subject instanceof Map<?, ?> s)) return Either.left(ApiError.of(ErrorCode.MISSING_SUBJECT, "subject must be an object with type and doc.", "subject"));
        Object type = s.get("type");
        Object doc = s.get("doc");
        Object name = s.get("name");
        if (type != null && !(type instanceof String)) return Either.left(ApiError.of(ErrorCode.INVALID_SUBJECT_TYPE));
        if (doc != null && !(doc instanceof String)) return Either.left(ApiError.of(ErrorCode.INVALID_DOCUMENT, "subject.doc must be a string.", "subject.doc"));
        if (name != null && !(name instanceof String)) return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "subject.name must be a string.", "subject.name"));
        return of(tid, (String) type, (String) doc, (String) name, body.get("external_id"), body.get("metadata"), body.get("webhook_url"));
    }

    /** The same validation for typed callers (embedders); {@code externalId}, {@code metadata} and {@code webhookUrl} may be null. */
    public static Either<ApiError, RunRequest> of(String templateId, String subjectType, String doc, String name,
                                                  Object externalId, Object metadata, Object webhookUrl) {
        if (templateId == null) return Either.left(ApiError.of(ErrorCode.MISSING_TEMPLATE_ID));
        Either<ApiError, Subject> subject = Subject.parse(subjectType, doc, name);
        if (subject.isLeft()) return Either.left(subject.getLeft());
        if (externalId != null && (!(externalId instanceof String e) || e.isEmpty() || e.length() > MAX_EXTERNAL_ID)) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "external_id must be a string of 1 to " + MAX_EXTERNAL_ID + " characters.", "external_id"));
        }
        Either<ApiError, Map<String, String>> meta = Metadata.parse(metadata);
        if (meta.isLeft()) return Either.left(meta.getLeft());
        if (webhookUrl != null && (!(webhookUrl instanceof String url) || !isHttpUrl(url))) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER, "webhook_url must be an absolute http(s) URL.", "webhook_url"));
        }
        return Either.right(new RunRequest(templateId, subject.get(), Option.of((String) externalId), meta.get(), Option.of((String) webhookUrl)));
    }

    public static boolean isHttpUrl(String url) {
        if (url.isEmpty() || url.length() > MAX_URL) return false;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

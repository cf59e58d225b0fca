package kycert.adapters.http;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.CreateTemplateCommand;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;

/** The create bodies both planes share (operator and tenant): the same fields, read the same way, into the same command. */
final class CreateForms {
    private CreateForms() {}

    /** {@code {name, environment?, scopes, subject_types?, rate_limit?}}. */
    static Either<ApiError, CreateApiKeyCommand> apiKey(String tenantId, Map<String, Object> body) {
        Either<ApiError, String> name = BodyFields.string(body, "name");
        if (name.isLeft()) return Either.left(name.getLeft());
        Either<ApiError, String> environment = BodyFields.string(body, "environment");
        if (environment.isLeft()) return Either.left(environment.getLeft());
        Either<ApiError, List<String>> scopes = BodyFields.strings(body, "scopes");
        if (scopes.isLeft()) return Either.left(scopes.getLeft());
        Either<ApiError, List<String>> subjectTypes = BodyFields.strings(body, "subject_types");
        if (subjectTypes.isLeft()) return Either.left(subjectTypes.getLeft());
        Either<ApiError, Integer> rateLimit = BodyFields.int32(body, "rate_limit");
        if (rateLimit.isLeft()) return Either.left(rateLimit.getLeft());
        return Either.right(new CreateApiKeyCommand(tenantId, name.get(), environment.get(), scopes.get(), subjectTypes.get(),
                rateLimit.get()));
    }

    /**
     * {@code {name, subject_type, sources?, cost?, match_threshold?}}; {@code cost} only when {@code mayPrice} (the
     * operator: prices are theirs).
     */
    static Either<ApiError, CreateTemplateCommand> template(String tenantId, Map<String, Object> body, boolean mayPrice) {
        if (!mayPrice && body.containsKey("cost")) {
            return Either.left(ApiError.of(ErrorCode.INVALID_PARAMETER,
                    "cost cannot be set here: prices are set by the operator (new templates cost 1 credit per live run).", "cost"));
        }
        Either<ApiError, String> name = BodyFields.string(body, "name");
        if (name.isLeft()) return Either.left(name.getLeft());
        Either<ApiError, String> subjectType = BodyFields.string(body, "subject_type");
        if (subjectType.isLeft()) return Either.left(subjectType.getLeft());
        Either<ApiError, List<String>> sources = BodyFields.strings(body, "sources");
        if (sources.isLeft()) return Either.left(sources.getLeft());
        Either<ApiError, Integer> cost = BodyFields.int32(body, "cost");
        if (cost.isLeft()) return Either.left(cost.getLeft());
        Either<ApiError, Double> threshold = BodyFields.number(body, "match_threshold");
        if (threshold.isLeft()) return Either.left(threshold.getLeft());
        return Either.right(new CreateTemplateCommand(tenantId, name.get(), subjectType.get(), sources.get(), cost.get(),
                threshold.get()));
    }
}

package kycert.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import kycert.domain.apikey.ApiKey;
import kycert.domain.apikey.ApiKeySecret;
import kycert.domain.error.ApiError;

/**
 * Key management, shared by the operator plane and the tenant's own management plane. A key id of another
 * tenant is resource_not_found. The full secret leaves only in {@link Issued}, at creation and regeneration.
 */
public interface ManageApiKeysUseCase {
    Either<ApiError, Issued> create(CreateApiKeyCommand command);

    Either<ApiError, List<ApiKey>> list(String tenantId);

    Either<ApiError, ApiKey> get(String tenantId, String keyId);

    Either<ApiError, ApiKey> revoke(String tenantId, String keyId);

    Either<ApiError, Issued> regenerate(String tenantId, String keyId);

    /** A key with its full secret, shown once. */
    record Issued(ApiKey key, ApiKeySecret secret) {}
}

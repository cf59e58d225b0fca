package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.apikey.ApiKey;
import kycert.domain.error.ApiError;

/** Who is calling the data plane: a raw key in, the active key it names out (missing_api_key / invalid_api_key). */
public interface AuthenticateApiKeyUseCase {
    Either<ApiError, ApiKey> authenticate(String rawKey);
}

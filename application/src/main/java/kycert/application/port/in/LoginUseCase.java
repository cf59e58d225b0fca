package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.user.User;

/**
 * Checks a tenant user's password. Wrong password and unknown email are the same invalid_credentials, in about
 * the same time; repeated failures per email or per client address are refused with rate_limit_exceeded.
 */
public interface LoginUseCase {
    Either<ApiError, User> login(LoginCommand command);
}

package kycert.application.port.in;

import io.vavr.control.Either;
import kycert.domain.error.ApiError;
import kycert.domain.user.User;

/** The operator creates a tenant's users. */
public interface ManageUsersUseCase {
    Either<ApiError, User> create(String tenantId, String email, String password);
}

package kycert.application.service;

import io.vavr.control.Either;
import java.time.Clock;
import java.util.Map;
import kycert.application.port.in.ManageUsersUseCase;
import kycert.application.port.out.PasswordHasherPort;
import kycert.application.port.out.RandomnessPort;
import kycert.application.port.out.TenantStorePort;
import kycert.application.port.out.UserStorePort;
import kycert.domain.audit.AuditAction;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.tenant.Tenant;
import kycert.domain.user.Email;
import kycert.domain.user.Password;
import kycert.domain.user.User;
import kycert.domain.user.UserId;

/** The operator creates tenant users; the password is stored only as its KDF hash. */
public final class UserAdminService implements ManageUsersUseCase {
    private final TenantStorePort tenants;
    private final UserStorePort users;
    private final PasswordHasherPort passwords;
    private final RandomnessPort randomness;
    private final AuditRecorder audit;
    private final Clock clock;

    public UserAdminService(TenantStorePort tenants, UserStorePort users, PasswordHasherPort passwords,
                            RandomnessPort randomness, AuditRecorder audit, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.passwords = passwords;
        this.randomness = randomness;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Either<ApiError, User> create(String tenantId, String email, String password) {
        Either<ApiError, Tenant> tenant = Lookups.tenant(tenants, tenantId);
        if (tenant.isLeft()) return Either.left(tenant.getLeft());
        Either<ApiError, Email> e = Email.parse(email);
        if (e.isLeft()) return Either.left(e.getLeft());
        Either<ApiError, Password> p = Password.parseNew(password);
        if (p.isLeft()) return Either.left(p.getLeft());
        User user = new User(new UserId(randomness.uuid()), tenant.get().id(), e.get(), passwords.hash(p.get()), clock.instant());
        if (!users.insert(user)) {
            return Either.left(ApiError.of(ErrorCode.RESOURCE_ALREADY_EXISTS, "A user with this email already exists.", "email"));
        }
        audit.record(user.tenantId(), AuditAction.USER_CREATED, "user", user.id().toString(), Map.of("email", user.email().masked()));
        return Either.right(user);
    }
}

package kycert.application.service;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import kycert.application.port.in.CreateApiKeyCommand;
import kycert.application.port.in.ManageApiKeysUseCase;
import kycert.domain.apikey.ApiKey;
import kycert.domain.audit.AuditAction;
import kycert.domain.error.ApiError;

/** Key management that records created / revoked / regenerated, with the key's name, in the audit log. */
public final class AuditedApiKeys implements ManageApiKeysUseCase {
    private final ManageApiKeysUseCase inner;
    private final AuditRecorder audit;

    public AuditedApiKeys(ManageApiKeysUseCase inner, AuditRecorder audit) {
        this.inner = inner;
        this.audit = audit;
    }

    @Override
    public Either<ApiError, Issued> create(CreateApiKeyCommand command) {
        return inner.create(command).peek(i -> record(AuditAction.API_KEY_CREATED, i.key()));
    }

    @Override
    public Either<ApiError, List<ApiKey>> list(String tenantId) {
        return inner.list(tenantId);
    }

    @Override
    public Either<ApiError, ApiKey> get(String tenantId, String keyId) {
        return inner.get(tenantId, keyId);
    }

    @Override
    public Either<ApiError, ApiKey> revoke(String tenantId, String keyId) {
        return inner.revoke(tenantId, keyId).peek(k -> record(AuditAction.API_KEY_REVOKED, k));
    }

    @Override
    public Either<ApiError, Issued> regenerate(String tenantId, String keyId) {
        return inner.regenerate(tenantId, keyId).peek(i -> record(AuditAction.API_KEY_REGENERATED, i.key()));
    }

    private void record(AuditAction action, ApiKey key) {
        audit.record(key.tenantId(), action, "api_key", key.id().toString(), Map.of(
                "name", key.spec().name(), "environment", key.environment().wire(), "key_prefix", key.keyPrefix()));
    }
}

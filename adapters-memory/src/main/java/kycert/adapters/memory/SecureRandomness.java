package kycert.adapters.memory;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import kycert.application.port.out.RandomnessPort;

/** Ids from {@link UUID#randomUUID()}, secrets from one shared {@link SecureRandom} (thread-safe). */
public final class SecureRandomness implements RandomnessPort {
    private final SecureRandom secure = new SecureRandom();

    @Override
    public UUID uuid() {
        return UUID.randomUUID();
    }

    @Override
    public RandomGenerator secure() {
        return secure;
    }
}

package kycert.adapters.jdbc;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import kycert.application.port.out.RandomnessPort;

/** Ids and secrets from the platform's strong generator. */
final class SecureRandomness implements RandomnessPort {
    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID uuid() {
        return UUID.randomUUID();
    }

    @Override
    public RandomGenerator secure() {
        return random;
    }
}

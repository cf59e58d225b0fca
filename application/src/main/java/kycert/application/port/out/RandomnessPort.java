package kycert.application.port.out;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Where ids and secrets get their randomness. */
public interface RandomnessPort {
    UUID uuid();

    /** A cryptographically strong generator, for secrets. */
    RandomGenerator secure();
}

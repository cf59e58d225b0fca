package kycert.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import kycert.adapters.http.HttpSettings;

/**
 * The server secret under which keys, idempotency keys and cursors are HMAC'd. From KYCERT_SECRET when set;
 * otherwise random per process (memory) or kept in a 0600 file beside the embedded database. PostgreSQL needs
 * KYCERT_SECRET: a secret kept in the same database would hand whoever reads one row every key and token.
 */
final class ServerSecrets {
    static final int MIN_LENGTH = 32;
    static final String HOW_TO_MAKE_ONE = "make one with `openssl rand -hex 32` and keep it in your secret manager";

    private ServerSecrets() {}

    /** Refuses, before anything starts, the secrets and tokens the server will not run with. */
    static void checkBeforeStart(ServeConfig config) {
        config.serverSecret().forEach(ServerSecrets::fromEnvironment);
        if (config.store() == ServeConfig.Store.POSTGRES && config.serverSecret().isEmpty()) {
            throw new StartupException("PostgreSQL needs KYCERT_SECRET (at least " + MIN_LENGTH
                    + " characters, the same on every node, kept outside the database): " + HOW_TO_MAKE_ONE);
        }
        if (config.previousSecret().isDefined()) {
            if (config.serverSecret().isEmpty()) throw new StartupException("KYCERT_SECRET_PREVIOUS needs KYCERT_SECRET (the new secret)");
            if (config.previousSecret().get().length() < MIN_LENGTH) {
                throw new StartupException("KYCERT_SECRET_PREVIOUS must be the previous KYCERT_SECRET (at least " + MIN_LENGTH + " characters)");
            }
        }
        if (config.adminToken().exists(t -> t.length() < HttpSettings.MIN_ADMIN_TOKEN_LENGTH)) {
            throw new StartupException("KYCERT_ADMIN_TOKEN must be at least " + HttpSettings.MIN_ADMIN_TOKEN_LENGTH
                    + " characters: " + HOW_TO_MAKE_ONE);
        }
    }

    static byte[] fromEnvironment(String value) {
        if (value.length() < MIN_LENGTH) {
            throw new StartupException("KYCERT_SECRET must be at least " + MIN_LENGTH + " characters: " + HOW_TO_MAKE_ONE);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }

    static byte[] inFile(Path dataDir) {
        Path file = dataDir.resolve("server.secret");
        try {
            createPrivately(dataDir);
            if (!Files.exists(file)) {
                Path tmp = Files.createTempFile(dataDir, "secret", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the directory's permissions protect it
                }
                Files.writeString(tmp, HexFormat.of().formatHex(random()));
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return HexFormat.of().parseHex(Files.readString(file).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupException("cannot read or create the server secret in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The data directory, 0700 from its creation (the embedded store restricts it again on every start). */
    private static void createPrivately(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) return;
        try {
            Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dataDir);
        }
    }
}

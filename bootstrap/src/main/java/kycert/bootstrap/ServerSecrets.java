package kycert.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The server secret under which keys, idempotency keys and cursors are HMAC'd. From KYCERT_SECRET when set;
 * otherwise random per process (memory) or kept in a 0600 file beside the embedded database.
 */
final class ServerSecrets {
    static final int MIN_LENGTH = 32;

    private ServerSecrets() {}

    static byte[] fromEnvironment(String value) {
        if (value.length() < MIN_LENGTH) throw new StartupException("KYCERT_SECRET must be at least " + MIN_LENGTH + " characters");
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

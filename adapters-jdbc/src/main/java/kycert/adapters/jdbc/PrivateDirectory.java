package kycert.adapters.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded database's directory holds documents in clear: only the server's own user may enter it (0700) or
 * read the files in it (0600), whatever the umask. Applied when the directory is created and again on every start,
 * so a directory made by an older version, or by hand, is fixed. Files H2 creates while running (temporary results)
 * get the umask's mode, inside a directory nobody else can enter. No-op where the file system is not POSIX.
 */
final class PrivateDirectory {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** The embedded database's file name stem: H2 names its files {@code kycert.mv.db}, {@code kycert.lock.db}… */
    static final String DATABASE_NAME = "kycert";

    private PrivateDirectory() {}

    /**
     * Creates {@code dir} (0700) unless it exists, then restricts it and kycert's own files in it (the database's
     * {@code kycert.*} and {@code server.secret}); anything else a user keeps there is left as it is.
     */
    static void secure(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            if (posix(dir.getParent())) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else {
                Files.createDirectory(dir);
            }
        }
        if (!posix(dir)) return;
        Files.setPosixFilePermissions(dir, DIRECTORY);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                // a symbolic link is left alone: its target may be anything, anywhere
                if (ours(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) Files.setPosixFilePermissions(file, FILE);
            }
        }
    }

    private static boolean ours(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(DATABASE_NAME + ".") || name.equals("server.secret");
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView("posix");
    }
}

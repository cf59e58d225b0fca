package kycert.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded database holds documents in clear: its directory is the server user's alone, 0700, its files 0600. */
class H2DataDirectoryTest {
    private Path parent;

    @BeforeEach
    void createParent() throws IOException {
        parent = Files.createTempDirectory("kycert-perms-");
    }

    @AfterEach
    void deleteParent() throws IOException {
        StoreExtension.deleteRecursively(parent);
    }

    @Test
    void aNewDataDirectory_is0700_andTheDatabaseFiles0600() throws IOException {
        Path dir = parent.resolve("data");
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertThat(store.ready()).isTrue();
            assertPrivate(dir);
        }
        assertPrivate(dir);
    }

    @Test
    void anExistingReadableDirectory_isRestrictedOnStart() throws IOException {
        Path dir = parent.resolve("data");
        JdbcStore.openEmbedded(dir).close();
        Path notes = Files.writeString(dir.resolve("operator-notes.txt"), "kept as it is");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }

        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertPrivate(dir);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notes)))
                    .as("a file that is not kycert's").isEqualTo("rw-r--r--");
        }
    }

    private static void assertPrivate(Path dir) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as("data directory").isEqualTo("rwx------");
        List<Path> database;
        try (Stream<Path> files = Files.list(dir)) {
            database = files.filter(f -> f.getFileName().toString().startsWith("kycert.")).toList();
        }
        assertThat(database).as("database files").isNotEmpty();
        for (Path f : database) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as("%s", f.getFileName()).isEqualTo("rw-------");
        }
    }
}

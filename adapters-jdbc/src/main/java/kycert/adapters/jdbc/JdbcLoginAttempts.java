package kycert.adapters.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import kycert.application.port.out.LoginAttemptsPort;
import kycert.domain.user.FailureCount;
import kycert.domain.user.LoginCounts;
import kycert.domain.user.LoginSubjects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Failed-login counters in {@code login_failures} (migration V5), shared by every node. One short transaction per
 * call creates the subjects' missing rows, locks all three (SELECT … FOR UPDATE, in key order on every node, so
 * two attempts never wait on each other in a circle), applies the change it is given and writes the counts back —
 * three statements rather than one, so that the throttle rule stays in the domain, applied once by the port.
 */
final class JdbcLoginAttempts implements LoginAttemptsPort {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbcLoginAttempts(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE expires_at <= :now")
                .bind("now", EpochNanos.of(now))
                .execute());
    }

    @Override
    public void update(LoginSubjects s, UnaryOperator<LoginCounts> change) {
        String pair = key(s.pair());
        String address = key(s.address());
        String email = key(s.email());
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(h -> {
                    Map<String, FailureCount> rows = lock(h, List.of(pair, address, email).stream().sorted().toList());
                    LoginCounts next = change.apply(new LoginCounts(rows.get(pair), rows.get(address), rows.get(email)));
                    PreparedBatch batch = h.prepareBatch("""
                            UPDATE login_failures SET failures = :failures, last_at = :last, expires_at = :expires
                             WHERE subject_key = :key
                            """);
                    add(batch, pair, next.pair());
                    add(batch, address, next.address());
                    add(batch, email, next.email());
                    batch.execute();
                });
                return;
            } catch (RuntimeException e) {
                // H2's MERGE can lose a first-insert race (23505); H2 and PostgreSQL may pick this one as a deadlock victim
                boolean retry = Sql.state(e).exists(state -> state.equals("23505") || state.equals("40001") || state.equals("40P01"));
                if (attempt >= ATTEMPTS || !retry) throw e;
            }
        }
    }

    /**
     * Creates the missing rows (in key order, in one statement) and locks all three; loops in the rare case the
     * housekeeping deleted an expired one in between.
     */
    private Map<String, FailureCount> lock(Handle h, List<String> sortedKeys) {
        Map<String, FailureCount> rows = Map.of();
        for (int round = 0; rows.size() < sortedKeys.size(); round++) {
            if (round == ATTEMPTS) throw new IllegalStateException("login counters vanish as they are created");
            h.createUpdate(insertIfAbsentSql())
                    .bind("k0", sortedKeys.get(0))
                    .bind("k1", sortedKeys.get(1))
                    .bind("k2", sortedKeys.get(2))
                    .execute();
            rows = h.createQuery("""
                            SELECT subject_key, failures, last_at, expires_at FROM login_failures
                             WHERE subject_key IN (<keys>) ORDER BY subject_key FOR UPDATE
                            """)
                    .bindList("keys", sortedKeys)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), new FailureCount(rs.getInt(2),
                            EpochNanos.instant(rs.getLong(3)), EpochNanos.instant(rs.getLong(4)))))
                    .list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        }
        return rows;
    }

    private String insertIfAbsentSql() {
        return switch (dialect) {
            case PostgresDialect pg -> """
                    INSERT INTO login_failures (subject_key, failures, last_at, expires_at)
                    VALUES (:k0, 0, 0, 0), (:k1, 0, 0, 0), (:k2, 0, 0, 0)
                    ON CONFLICT (subject_key) DO NOTHING
                    """;
            case H2Dialect h2 -> """
                    MERGE INTO login_failures f
                    USING (VALUES (CAST(:k0 AS VARCHAR(64))), (CAST(:k1 AS VARCHAR(64))), (CAST(:k2 AS VARCHAR(64)))) AS v(subject_key)
                       ON f.subject_key = v.subject_key
                    WHEN NOT MATCHED THEN INSERT (subject_key, failures, last_at, expires_at) VALUES (v.subject_key, 0, 0, 0)
                    """;
        };
    }

    private static void add(PreparedBatch batch, String key, FailureCount c) {
        batch.bind("failures", c.count())
                .bind("last", EpochNanos.of(c.last()))
                .bind("expires", EpochNanos.of(c.expiresAt()))
                .bind("key", key)
                .add();
    }

    /** The subject as stored: its SHA-256, hex (a bounded key whatever an attacker sends as "email"). */
    private static String key(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

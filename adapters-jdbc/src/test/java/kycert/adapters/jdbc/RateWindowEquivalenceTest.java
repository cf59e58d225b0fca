package kycert.adapters.jdbc;

import static kycert.application.port.out.PortFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kycert.application.port.out.RateWindowPort;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Beyond the port contract: the stored windows decide exactly as {@link RateWindow#offer} also for nanosecond
 * instants, a clock that steps back, a limit that changes between requests, and large limits.
 */
class RateWindowEquivalenceTest {
    private static PostgresDatabase database;
    private static JdbcStore postgres;
    private static Path dir;
    private static JdbcStore h2;

    @BeforeAll
    static void open() throws IOException {
        database = PostgresDatabase.create();
        postgres = database.open();
        dir = Files.createTempDirectory("kycert-rate-");
        h2 = JdbcStore.openEmbedded(dir);
    }

    @AfterAll
    static void close() throws IOException {
        if (postgres != null) postgres.close();
        if (database != null) database.close();
        if (h2 != null) h2.close();
        if (dir != null) StoreExtension.deleteRecursively(dir);
    }

    @Test
    void postgres_matchesTheDomain_underAdversarialArrivals() {
        assertMatchesDomain(postgres.ports().rateWindows(), new Random(1));
        assertMatchesDomain(postgres.ports().rateWindows(), new Random(2));
    }

    @Test
    void h2_matchesTheDomain_underAdversarialArrivals() {
        assertMatchesDomain(h2.ports().rateWindows(), new Random(1));
        assertMatchesDomain(h2.ports().rateWindows(), new Random(2));
    }

    @Test
    void aLargeLimit_isKeptWhole_onBothVendors() {
        for (JdbcStore store : List.of(postgres, h2)) {
            RateWindowPort windows = store.ports().rateWindows();
            ApiKeyId key = new ApiKeyId(UUID.randomUUID());
            RateDecision last = null;
            for (int i = 0; i < 1_000; i++) last = windows.admit(key, 100_000, T0.plusNanos(i));
            assertThat(last).isEqualTo(new RateDecision(true, 100_000, 99_000, T0.plus(RateWindow.WINDOW), java.time.Duration.ZERO));
        }
    }

    private static void assertMatchesDomain(RateWindowPort windows, Random random) {
        ApiKeyId key = new ApiKeyId(UUID.randomUUID());
        RateWindow model = RateWindow.EMPTY;
        Instant now = T0;
        List<RateDecision> expected = new ArrayList<>();
        List<RateDecision> actual = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int step = random.nextInt(10);
            // mostly forward by up to 2 s with nanosecond noise, sometimes a long pause, sometimes a step back
            if (step < 7) now = now.plusNanos(random.nextLong(2_000_000_000L));
            else if (step < 9) now = now.plusSeconds(20 + random.nextInt(50));
            else now = now.minusNanos(random.nextLong(5_000_000_000L));
            int limit = 1 + random.nextInt(i % 50 < 25 ? 8 : 3);
            RateWindow.Outcome outcome = model.offer(now, limit);
            model = outcome.window();
            expected.add(outcome.decision());
            actual.add(windows.admit(key, limit, now));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(actual).extracting(RateDecision::admitted).contains(true, false);
    }
}

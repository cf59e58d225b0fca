package kycert.adapters.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import kycert.application.port.out.RateWindowPort;
import kycert.domain.apikey.ApiKeyId;
import kycert.domain.ratelimit.RateDecision;
import kycert.domain.ratelimit.RateWindow;

/** Each key's sliding log in a Caffeine cache, updated under the key's map lock; windows idle for two minutes are dropped. */
public final class CaffeineRateWindows implements RateWindowPort {
    private final Cache<ApiKeyId, SlidingLog> windows = Caffeine.newBuilder()
            .expireAfterAccess(RateWindow.WINDOW.multipliedBy(2))
            .build();

    @Override
    public RateDecision admit(ApiKeyId key, int limit, Instant now) {
        RateDecision[] decision = new RateDecision[1];
        windows.asMap().compute(key, (k, log) -> {
            SlidingLog l = log == null ? new SlidingLog() : log;
            decision[0] = l.offer(now, limit);
            return l;
        });
        return decision[0];
    }

    @Override
    public int purgeIdle(Instant now) {
        int[] purged = {0};
        for (ApiKeyId key : windows.asMap().keySet()) {
            windows.asMap().computeIfPresent(key, (k, log) -> {
                if (!log.idle(now)) return log;
                purged[0]++;
                return null;
            });
        }
        return purged[0];
    }
}

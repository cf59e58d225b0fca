package kycert.domain.webhook;

import java.util.random.RandomGenerator;
import kycert.domain.apikey.Base62;

/** An endpoint's signing secret, {@code whsec_} + 32 base62 chars; shown once, masked everywhere else. */
public record WebhookSecret(String value) {
    public static final String PREFIX = "whsec_";

    public WebhookSecret {
        if (value == null || !value.startsWith(PREFIX) || value.length() < PREFIX.length() + 24) throw new IllegalArgumentException("not a webhook secret");
    }

    public static WebhookSecret generate(RandomGenerator random) {
        return new WebhookSecret(PREFIX + Base62.random(random, 32));
    }

    @Override public String toString() { return PREFIX + "••••••••"; }
}

package kycert.adapters.http;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import kycert.adapters.http.json.ShownOnce;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.idempotency.IdempotencyKey;
import kycert.domain.idempotency.IdempotencyRecord;
import kycert.domain.idempotency.RequestFingerprint;

/**
 * {@code Idempotency-Key} on the POSTs of planes whose use cases have no idempotency of their own (the operator's):
 * the same key, path and JSON value within 24 h answer the first success again with {@code Idempotent-Replayed:
 * true}; another path or body is idempotency_key_reused; a key still executing is idempotency_key_in_use. Only
 * successes are kept, and a secret shown once is not. Kept in this process: one node's memory, bounded.
 */
final class IdempotentPosts {
    static final int MAX_ENTRIES = 10_000;
    private static final long TTL_NANOS = IdempotencyRecord.TTL.toNanos();

    private final JsonBodies bodies;
    private final String scope;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** What a key holds: the request's fingerprint and, once it succeeded, its answer. */
    record Entry(RequestFingerprint fingerprint, Reply.Payload answer, long expiresAtNanos) {
        boolean live(long now) { return now - expiresAtNanos < 0; }
    }

    IdempotentPosts(JsonBodies bodies, String scope) {
        this.bodies = bodies;
        this.scope = scope;
    }

    /** The endpoint made idempotent; {@code readsBody}: whether its JSON body is part of what a key stands for. */
    Endpoint wrap(boolean readsBody, Endpoint inner) {
        return wrap("", readsBody, inner);
    }

    /** As {@link #wrap(boolean, Endpoint)}, with keys kept apart per {@code partition} (a tenant: one tenant's key never answers another's). */
    Endpoint wrap(String partition, boolean readsBody, Endpoint inner) {
        return ex -> {
            String raw = ex.header(KycertHeaders.IDEMPOTENCY_KEY);
            if (raw == null) return inner.handle(ex);
            Either<ApiError, IdempotencyKey> key = IdempotencyKey.parse(raw);
            if (key.isLeft()) return Reply.failure(key.getLeft());
            String canonical = "";
            if (readsBody) {
                Either<ApiError, byte[]> body = bodies.read(ex);
                if (body.isLeft()) return Reply.failure(body.getLeft());
                canonical = Json.decodeObject(body.get()).canonical();
            }
            RequestFingerprint fingerprint = RequestFingerprint.ofCanonical(ex.request().path().rawPath() + "\n" + canonical);
            String slot = scope + "\u001f" + partition + "\u001f" + key.get().value();
            Either<Reply, Entry> claim = claim(slot, fingerprint, System.nanoTime());
            if (claim.isLeft()) {
                if (claim.getLeft() instanceof Reply.Payload) ex.header(KycertHeaders.IDEMPOTENT_REPLAYED, "true");
                return claim.getLeft();
            }
            Reply reply = null;
            try {
                reply = inner.handle(ex);
                return reply;
            } finally {
                settle(slot, claim.get(), reply, System.nanoTime());
            }
        };
    }

    /** Takes the key (right), or answers for it (left): the stored success, reused or in use. */
    synchronized Either<Reply, Entry> claim(String slot, RequestFingerprint fingerprint, long now) {
        Entry held = entries.get(slot);
        if (held != null && held.live(now)) {
            if (!held.fingerprint().equals(fingerprint)) {
                return Either.left(Reply.failure(held.answer() == null
                        ? inUse() : ApiError.of(ErrorCode.IDEMPOTENCY_KEY_REUSED)));
            }
            return Either.left(held.answer() == null ? Reply.failure(inUse()) : held.answer());
        }
        evictExpired(now);
        if (entries.size() >= MAX_ENTRIES) entries.remove(entries.keySet().iterator().next());
        Entry lock = new Entry(fingerprint, null, now + TTL_NANOS);
        entries.remove(slot);
        entries.put(slot, lock);
        return Either.right(lock);
    }

    /** Keeps a success (without a secret shown once); frees the key after anything else. */
    synchronized void settle(String slot, Entry lock, Reply reply, long now) {
        if (entries.get(slot) != lock) return;
        if (reply instanceof Reply.Payload p && p.status() >= 200 && p.status() < 300) {
            Object shown = p.body() instanceof ShownOnce secret ? secret.withoutSecret() : p.body();
            entries.put(slot, new Entry(lock.fingerprint(), new Reply.Payload(p.status(), p.resource(), shown),
                    now + TTL_NANOS));
        } else {
            entries.remove(slot);
        }
    }

    private void evictExpired(long now) {
        entries.values().removeIf(e -> !e.live(now));
    }

    private static ApiError inUse() {
        return ApiError.of(ErrorCode.IDEMPOTENCY_KEY_IN_USE).withRetryAfter(Duration.ofSeconds(1));
    }
}

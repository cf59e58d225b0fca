package kycert.adapters.http.json;

/** A body carrying a secret that is shown once; an idempotent replay shows {@link #withoutSecret()} instead. */
public interface ShownOnce {
    Object withoutSecret();
}

package kycert.bootstrap.testsupport;

/** Sleeping in a test: an interrupt is restored and surfaces as an exception rather than being swallowed. */
public final class Pause {
    private Pause() {}

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package kycert.adapters.http;

/** Describes a throwable for the server log by class names and stack frames only: messages may carry secrets or documents. */
final class SafeThrowables {
    private static final int MAX_FRAMES = 12;
    private static final int MAX_CAUSES = 5;

    private SafeThrowables() {}

    static String describe(Throwable error) {
        StringBuilder out = new StringBuilder(512);
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (depth > 0) out.append("\nCaused by: ");
            out.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) out.append("\n\tat ").append(frames[i]);
            if (frames.length > MAX_FRAMES) out.append("\n\t... ").append(frames.length - MAX_FRAMES).append(" more");
        }
        return out.toString();
    }
}

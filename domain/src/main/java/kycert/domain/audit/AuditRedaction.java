package kycert.domain.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kycert.domain.document.DocumentRedaction;

/**
 * Keeps secrets out of the audit log whatever a caller puts in the details: API keys keep only their 16-char
 * prefix, webhook secrets and JWTs are replaced, fields named like secrets are dropped to a marker, and
 * documents are masked ({@link DocumentRedaction}). The server's console log goes through {@link #redactValue} too.
 */
public final class AuditRedaction {
    private static final Pattern API_KEY = Pattern.compile("(sk_(?:live|test)_[0-9A-Za-z]{8})[0-9A-Za-z]{20,}");
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("whsec_[0-9A-Za-z]+");
    private static final Pattern JWT = Pattern.compile("eyJ[0-9A-Za-z_-]+\\.[0-9A-Za-z_-]+\\.[0-9A-Za-z_-]*");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|authorization|api_key|apikey).*");
    public static final String REDACTED = "[redacted]";

    private AuditRedaction() {}

    public static Map<String, String> redact(Map<String, String> details) {
        Map<String, String> out = new LinkedHashMap<>();
        details.forEach((k, v) -> out.put(k, SECRET_NAME.matcher(k).matches() ? REDACTED : redactValue(v)));
        return out;
    }

    public static String redactValue(String v) {
        if (v == null) return "";
        String s = API_KEY.matcher(v).replaceAll("$1…");
        s = WEBHOOK_SECRET.matcher(s).replaceAll("whsec_" + REDACTED);
        s = JWT.matcher(s).replaceAll(REDACTED);
        return DocumentRedaction.redact(s);
    }
}

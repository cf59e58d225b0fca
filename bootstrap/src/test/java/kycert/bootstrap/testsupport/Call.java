package kycert.bootstrap.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request being built: method, path, headers, body; {@link #send()} performs it. */
public final class Call {
    private final HttpClient http;
    private final URI base;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private boolean chunked;

    Call(HttpClient http, URI base, String method, String path) {
        this.http = http;
        this.base = base;
        this.method = method;
        this.path = path;
    }

    public Call header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Call key(String apiKey) { return header("X-API-Key", apiKey); }

    public Call bearer(String token) { return header("Authorization", "Bearer " + token); }

    public Call version(String version) { return header("x-kycert-api-version", version); }

    public Call idempotencyKey(String key) { return header("Idempotency-Key", key); }

    public Call json(Object value) {
        return raw("application/json", value instanceof String s ? s : Json.write(value));
    }

    public Call raw(String contentType, String text) {
        return raw(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public Call raw(String contentType, byte[] bytes) {
        if (contentType != null) headers.put("Content-Type", contentType);
        this.body = bytes;
        return this;
    }

    /** Sends the body without a Content-Length (chunked), so the server learns its size only by reading it. */
    public Call chunked() {
        this.chunked = true;
        return this;
    }

    public ApiResponse send() {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        headers.forEach(b::header);
        byte[] bytes = body;
        b.method(method, bytes == null ? BodyPublishers.noBody()
                : chunked ? BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)) : BodyPublishers.ofByteArray(bytes));
        try {
            var r = http.send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(method, path, r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

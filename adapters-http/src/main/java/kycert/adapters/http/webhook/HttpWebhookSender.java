package kycert.adapters.http.webhook;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import kycert.application.port.out.WebhookSenderPort;
import kycert.domain.error.ApiError;
import kycert.domain.webhook.DeliveryAttempt;

/** Delivers events with the JDK HTTP client: 10 s timeout, no redirects (a redirect could point inside), the response body discarded. */
public final class HttpWebhookSender implements WebhookSenderPort {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    // HTTP/1.1: no h2c upgrade dance with receivers and proxies that do not expect it
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final TargetPolicy policy;

    public HttpWebhookSender(TargetPolicy policy) {
        this.policy = policy;
    }

    @Override
    public DeliveryAttempt send(String url, Map<String, String> headers, String body, int attemptNumber, Instant now) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new DeliveryAttempt(attemptNumber, now, Option.of(response.statusCode()), Option.none(), elapsedMs(start));
        } catch (HttpTimeoutException e) {
            return new DeliveryAttempt(attemptNumber, now, Option.none(), Option.of("timeout after " + TIMEOUT.toSeconds() + " s"), elapsedMs(start));
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveryAttempt(attemptNumber, now, Option.none(), Option.of("transport error: " + e.getClass().getSimpleName()), elapsedMs(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(attemptNumber, now, Option.none(), Option.of("interrupted"), elapsedMs(start));
        }
    }

    @Override
    public Either<ApiError, String> checkTarget(String url) {
        return policy.check(url);
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package kycert.adapters.http.webhook;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import kycert.application.port.out.WebhookSenderPort;
import kycert.domain.error.ApiError;
import kycert.domain.webhook.DeliveryAttempt;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.util.Timeout;

/**
 * Delivers events over HTTP/1.1 with Apache HttpClient, whose only resolver is the target policy: the connection
 * goes to the addresses just resolved and checked (no second lookup a rebinding DNS could answer differently).
 * TLS checks the certificate against the URL's host; 10 s for the whole exchange; no redirects (one could point
 * inside), no retries, no proxy; the response body is never read.
 */
public final class HttpWebhookSender implements WebhookSenderPort {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TargetPolicy policy;
    private final CloseableHttpClient client;

    public HttpWebhookSender(TargetPolicy policy) {
        this.policy = policy;
        Timeout timeout = Timeout.of(TIMEOUT);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PinnedDnsResolver(policy))
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(timeout).build())
                .setMaxConnPerRoute(32).setMaxConnTotal(256)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout).setResponseTimeout(timeout)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    @Override
    public DeliveryAttempt send(String url, Map<String, String> headers, String body, int attemptNumber, Instant now) {
        long start = System.nanoTime();
        if (policy.shape(url).isLeft()) return failed(attemptNumber, now, "target address refused", start);
        HttpPost post = new HttpPost(URI.create(url));
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), null)); // Content-Type comes with the headers
        Thread deadline = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(TIMEOUT);
                post.cancel();
            } catch (InterruptedException answered) {
                // the exchange ended in time
            }
        });
        try {
            ClassicHttpResponse response = client.executeOpen(null, post, null);
            int status = response.getCode();
            post.cancel(); // close the connection rather than drain a body nobody reads
            Closer.closeQuietly(response);
            return new DeliveryAttempt(attemptNumber, now, Option.of(status), Option.none(), elapsedMs(start));
        } catch (RefusedAddressException e) {
            return failed(attemptNumber, now, "target address refused", start);
        } catch (IOException | RuntimeException e) {
            if (post.isCancelled() || e instanceof InterruptedIOException) {
                return failed(attemptNumber, now, "timeout after " + TIMEOUT.toSeconds() + " s", start);
            }
            return failed(attemptNumber, now, "transport error: " + e.getClass().getSimpleName(), start);
        } finally {
            deadline.interrupt();
        }
    }

    @Override
    public Either<ApiError, String> checkTarget(String url) {
        return policy.check(url);
    }

    private static DeliveryAttempt failed(int attemptNumber, Instant now, String error, long start) {
        return new DeliveryAttempt(attemptNumber, now, Option.none(), Option.of(error), elapsedMs(start));
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package kycert.adapters.http;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;

/** Gives the headers of a request a time limit from its request line on (a slowloris client is cut off). */
final class HeaderDeadline implements Http1ConnectionListener {
    private final Duration limit;

    HeaderDeadline(Duration limit) {
        this.limit = limit;
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        Deadlines.arm(limit);
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        Deadlines.disarm();
    }
}

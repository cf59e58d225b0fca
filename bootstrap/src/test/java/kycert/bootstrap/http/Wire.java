package kycert.bootstrap.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes on a bare socket, exactly as given, and everything the server sends back until it closes the connection
 * or stays silent for a while: for malformed framing and clients that misbehave on purpose.
 */
final class Wire {
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] (\\d{3})");

    private Wire() {}

    /** What came back: the whole text, and whether the server closed the connection. */
    record Reply(String text, boolean closed) {
        /** The status codes of every response in the text, in order. */
        java.util.List<Integer> statuses() {
            java.util.List<Integer> out = new java.util.ArrayList<>();
            Matcher m = STATUS_LINE.matcher(text);
            while (m.find()) out.add(Integer.parseInt(m.group(1)));
            return out;
        }

        int status() {
            java.util.List<Integer> all = statuses();
            if (all.isEmpty()) throw new AssertionError("no HTTP response in: " + text);
            return all.getFirst();
        }

        String body() {
            int i = text.indexOf("\r\n\r\n");
            return i < 0 ? "" : text.substring(i + 4);
        }

        boolean hasHeader(String name, String value) {
            return Pattern.compile("(?im)^" + Pattern.quote(name) + ": *" + Pattern.quote(value) + "\\r?$").matcher(text).find();
        }
    }

    /** Sends {@code request} and reads until the server closes or is silent for {@code quietMillis}. */
    static Reply exchange(int port, String request, int quietMillis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(quietMillis);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("raw exchange failed: " + e, e);
        }
    }

    /** Everything readable until EOF (closed) or silence (not closed); a reset counts as closed. */
    static Reply readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        boolean closed;
        try {
            while (true) {
                int n = in.read(buf);
                if (n < 0) { closed = true; break; }
                all.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            closed = false;
        } catch (IOException e) {
            closed = true;
        }
        return new Reply(all.toString(StandardCharsets.UTF_8), closed);
    }
}

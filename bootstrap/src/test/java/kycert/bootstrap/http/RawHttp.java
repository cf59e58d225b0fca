package kycert.bootstrap.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, for requests java.net.http will not send as given (it rewrites non-ASCII header
 * bytes to '?'). Answers the status line's code and the whole response text.
 */
final class RawHttp {
    private RawHttp() {}

    record Answer(int status, String text) {
        String body() {
            int i = text.indexOf("\r\n\r\n");
            return i < 0 ? "" : text.substring(i + 4);
        }
    }

    /** Reads one response: headers, then a Content-Length body or chunks up to the last one (no waiting for EOF). */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (!all.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) return all.toString(StandardCharsets.UTF_8);
            all.write(b);
        }
        String head = all.toString(StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            all.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else if (head.contains("transfer-encoding: chunked")) {
            while (!all.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                int b = in.read();
                if (b < 0) break;
                all.write(b);
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    static Answer post(int port, String path, Map<String, byte[]> headers, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<String, byte[]> h : headers.entrySet()) {
                out.write((h.getKey() + ": ").getBytes(StandardCharsets.US_ASCII));
                out.write(h.getValue());
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String text = readResponse(socket.getInputStream());
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        } catch (IOException e) {
            throw new IllegalStateException("raw POST " + path + " failed: " + e, e);
        }
    }
}

package kycert.adapters.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an XML file declares (BOM, then {@code encoding="…"}, else UTF-8), decoded strictly by us: a byte
 * outside it refuses the file, and the JDK parser does not print its own fatal-error line to stderr.
 */
final class XmlEncoding {
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private XmlEncoding() {}

    static Reader reader(BufferedInputStream in, String fileName) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            charset = StandardCharsets.UTF_16;
        } else {
            Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidListFile(fileName, "line 1", "the XML declares an unknown encoding");
                }
            }
        }
        return new StrictDecoder(in, charset);
    }
}

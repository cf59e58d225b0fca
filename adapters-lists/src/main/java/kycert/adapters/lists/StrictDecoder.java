package kycert.adapters.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes in a charset and, on a byte outside it, fails with the line where that byte is: every character
 * before it is handed out first, so parsers that read ahead cannot blur the place.
 */
final class StrictDecoder extends Reader {
    /** A byte outside the charset, with its 1-based line. */
    static final class BadBytes extends CharacterCodingException {
        final long line;

        BadBytes(long line) { this.line = line; }

        @Override public String getMessage() { return "bytes outside the charset at line " + line; }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private long newlines;
    private boolean bad;
    private boolean eof;

    StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!chars.hasRemaining()) {
            if (bad) throw new BadBytes(newlines + 1);
            if (eof && !bytes.hasRemaining()) return -1;
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        for (int i = off; i < off + n; i++) if (target[i] == '\n') newlines++;
        return n;
    }

    private void fill() throws IOException {
        if (!eof) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) eof = true;
            else bytes.position(bytes.position() + read);
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) result = decoder.flush(chars);
        chars.flip();
        if (result.isError() || (eof && bytes.hasRemaining() && !chars.hasRemaining())) bad = true;
    }

    @Override
    public void close() throws IOException { in.close(); }
}

package org.kenshu.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.kenshu.model.Progress;

/**
 * Decodes a whole stream strictly (malformed and unmappable input reported, never replaced) with a
 * fixed buffer, and says where the first undecodable byte is as a person counts: line (CR, LF or
 * CRLF each end one) and character within the line, both 1-based.
 */
final class DecodeScan {
    /** Where decoding stopped, or {@code ok}; {@code nonAscii} counts characters above U+007F decoded before. */
    record Result(boolean ok, long line, long column, long nonAscii) {
    }

    private long line = 1;
    private long column = 1;
    private long nonAscii;
    private boolean afterCr;

    private DecodeScan() {
    }

    /** Scans {@code in} to its end; checks {@code progress} for cancellation every 64 KB. */
    static Result scan(InputStream in, Charset charset, Progress progress) throws IOException {
        return new DecodeScan().run(in, charset, progress);
    }

    private Result run(InputStream in, Charset charset, Progress progress) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean end = false;
        while (true) {
            progress.checkCancelled();
            if (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            count(chars);
            if (result.isError()) {
                return new Result(false, line, column, nonAscii);
            }
            bytes.compact();
            if (end && result.isUnderflow()) {
                CoderResult flushed = decoder.flush(chars);
                count(chars);
                return new Result(!flushed.isError(), line, column, nonAscii);
            }
        }
    }

    private void count(CharBuffer chars) {
        chars.flip();
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                    column = 1;
                }
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            if (afterCr) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++; // a surrogate pair is one character
                if (c > 0x7F) {
                    nonAscii++;
                }
            }
        }
        chars.clear();
    }
}

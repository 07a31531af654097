package org.kenshu.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kenshu.model.Progress;

/**
 * Decides how a text file is encoded, as Excel and 内閣府-style systems write them: a BOM says
 * UTF-8 or UTF-16 (Excel's 「Unicode テキスト」 is UTF-16LE); otherwise the whole file must be valid
 * UTF-8, else valid Shift_JIS as Windows writes it ({@code windows-31j}: ①, ㈱, 髙, ～). Both are
 * checked by streaming over the file before any row is delivered, so a file is never half read.
 * Nothing is ever replaced by "?" or U+FFFD: an undecodable byte rejects the file, naming its line
 * and character.
 */
final class CsvEncoding {
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /**
     * A file that decodes as UTF-8 this far, with this many non-ASCII characters, is UTF-8 with a
     * broken byte, not Shift_JIS: Japanese Shift_JIS text fails as UTF-8 at its first character.
     */
    private static final int UTF8_EVIDENCE = 4;
    private static final int SNIFF = 8192;

    /** The charset and how many BOM bytes to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private CsvEncoding() {
    }

    static Detected detect(Path file, Progress progress) throws IOException, UnreadableFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (head.length == 0) {
            throw new UnreadableFileException(file, "import.reason.empty", null);
        }
        Detected bom = bom(head);
        if (bom != null) {
            DecodeScan.Result scan = scan(file, bom, progress);
            if (!scan.ok()) {
                throw undecodableAs(file, scan, bom.charset());
            }
            return bom;
        }
        if (containsNul(head)) {
            throw new UnreadableFileException(file, "import.reason.notSpreadsheet", null); // binary, or UTF-16 without BOM
        }
        Detected utf8 = new Detected(StandardCharsets.UTF_8, 0);
        DecodeScan.Result asUtf8 = scan(file, utf8, progress);
        if (asUtf8.ok()) {
            return utf8;
        }
        Detected sjis = new Detected(WINDOWS_31J, 0);
        DecodeScan.Result asSjis = scan(file, sjis, progress);
        boolean looksUtf8 = asUtf8.nonAscii() >= UTF8_EVIDENCE;
        if (asSjis.ok() && !looksUtf8) {
            return sjis;
        }
        if (asSjis.ok()) {
            throw undecodableAs(file, asUtf8, StandardCharsets.UTF_8);
        }
        DecodeScan.Result where = looksUtf8 ? asUtf8 : asSjis;
        throw new UnreadableFileException(file, "import.reason.undecodable", null,
                Long.toString(where.line()), Long.toString(where.column()));
    }

    private static Detected bom(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static DecodeScan.Result scan(Path file, Detected detected, Progress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(detected.bomLength());
            return DecodeScan.scan(in, detected.charset(), progress);
        }
    }

    private static UnreadableFileException undecodableAs(Path file, DecodeScan.Result at, Charset charset) {
        String name = charset == WINDOWS_31J ? "Shift_JIS" : charset.name().startsWith("UTF-16") ? "UTF-16" : "UTF-8";
        return new UnreadableFileException(file, "import.reason.undecodableAs", null,
                Long.toString(at.line()), Long.toString(at.column()), name);
    }
}

package org.kenshu.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code <mergeCell ref="A1:H1"/>} in a worksheet part without parsing it. Excel writes the
 * merged regions after {@code <sheetData>}, but the handler needs them before the rows, so the
 * part is read twice; this byte scan is the cheap first pass (see
 * docs/decisions/0004-xlsx-reading-path.md for the measurement against a SAX pass). It relies on
 * tag names and the {@code ref} value being ASCII, true in any ASCII-compatible encoding; a part
 * in UTF-16 (never written by Excel) is left to {@link MergeCellSaxHandler}.
 */
final class MergeCellScanner {
    /** Far above any real sheet; each region costs about 40 bytes. */
    static final int MAX_REGIONS = 500_000;

    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final int TEXT = 0;
    private static final int TAG_NAME = 1;
    private static final int ATTRIBUTES = 2;

    private final List<MergedRegion> regions = new ArrayList<>();
    private final byte[] name = new byte[NAME.length + 1];
    private final byte[] attributes = new byte[1024];
    private int state = TEXT;
    private int nameLength;
    private int attributesLength;

    private MergeCellScanner() {
    }

    /** True when the part starts like UTF-16 or UTF-32: the byte scan cannot read it. */
    static boolean needsXmlParser(byte[] head, int length) {
        return length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF);
    }

    /** Scans the rest of {@code in}, starting with {@code head[0..length)} already read from it. */
    static List<MergedRegion> scan(byte[] head, int length, InputStream in) throws IOException {
        MergeCellScanner scanner = new MergeCellScanner();
        scanner.feed(head, length);
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            scanner.feed(buffer, n);
        }
        return scanner.regions;
    }

    private void feed(byte[] buffer, int length) {
        int i = 0;
        while (i < length) {
            if (state == TEXT) {
                while (i < length && buffer[i] != '<') {
                    i++;
                }
                if (i < length) {
                    state = TAG_NAME;
                    nameLength = 0;
                    i++;
                }
            } else if (state == TAG_NAME) {
                tagName(buffer[i++]);
            } else {
                attribute(buffer[i++]);
            }
        }
    }

    private void tagName(byte b) {
        if (b == ':') {
            nameLength = 0; // a namespace prefix such as x:mergeCell
        } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>') {
            boolean merge = nameLength == NAME.length && java.util.Arrays.equals(name, 0, nameLength, NAME, 0, NAME.length);
            state = merge && b != '>' && b != '/' ? ATTRIBUTES : TEXT;
            attributesLength = 0;
        } else if (nameLength < name.length) {
            name[nameLength++] = b;
        } else {
            state = TEXT; // longer than "mergeCell": another element
        }
    }

    private void attribute(byte b) {
        if (b == '>') {
            state = TEXT;
            MergedRegion region = parse(new String(attributes, 0, attributesLength, StandardCharsets.ISO_8859_1));
            if (region != null) {
                if (regions.size() == MAX_REGIONS) {
                    throw new FileTooLargeException("merged regions");
                }
                regions.add(region);
            }
        } else if (attributesLength < attributes.length) {
            attributes[attributesLength++] = b;
        } else {
            state = TEXT;
        }
    }

    /** The {@code ref} attribute of a mergeCell tag's attribute text. */
    static MergedRegion parse(String attributeText) {
        int at = 0;
        while ((at = attributeText.indexOf("ref", at)) >= 0) {
            boolean startsName = at == 0 || Character.isWhitespace(attributeText.charAt(at - 1));
            int i = at + 3;
            while (i < attributeText.length() && Character.isWhitespace(attributeText.charAt(i))) {
                i++;
            }
            if (startsName && i < attributeText.length() && attributeText.charAt(i) == '=') {
                i++;
                while (i < attributeText.length() && Character.isWhitespace(attributeText.charAt(i))) {
                    i++;
                }
                if (i < attributeText.length()) {
                    char quote = attributeText.charAt(i);
                    int end = attributeText.indexOf(quote, i + 1);
                    return end < 0 ? null : CellRefs.region(attributeText.substring(i + 1, end));
                }
            }
            at += 3;
        }
        return null;
    }
}

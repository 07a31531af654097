package org.kenshu.io.sheet;

import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code xl/sharedStrings.xml} into a plain array. Rich text runs ({@code <r><t>}) are
 * concatenated; furigana ({@code <rPh>}, Japanese phonetic runs) are skipped so 山田 stays 山田,
 * not 山田ヤマダ. The declared count is only a hint (a hostile file may claim billions).
 */
final class SharedStringsHandler extends DefaultHandler {
    /** About 200 MB of text; a roster of 30,000 staff has well under a million characters. */
    static final long MAX_TOTAL_CHARS = 100_000_000L;
    /** Empty items cost no text but an array slot each. */
    static final int MAX_STRINGS = 10_000_000;

    private String[] strings = new String[1024];
    private int count;
    private long totalChars;
    private final StringBuilder text = new StringBuilder(64);
    private boolean inItem;
    private boolean inText;
    private int phoneticDepth;

    String[] strings() {
        return Arrays.copyOf(strings, count);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "sst" -> presize(atts.getValue("uniqueCount"));
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = inItem && phoneticDepth == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                add(XmlText.decode(text));
                inItem = false;
            }
            case "rPh" -> phoneticDepth--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            totalChars += length;
            if (totalChars > MAX_TOTAL_CHARS) {
                throw new FileTooLargeException("shared strings");
            }
            text.append(ch, start, length);
        }
    }

    private void presize(String declared) {
        try {
            int n = declared == null ? 0 : Integer.parseInt(declared.trim());
            if (n > strings.length) {
                strings = new String[Math.min(n, 1 << 20)];
            }
        } catch (NumberFormatException e) {
            // only a hint
        }
    }

    private void add(String s) {
        if (count == MAX_STRINGS) {
            throw new FileTooLargeException("shared strings count");
        }
        if (count == strings.length) {
            strings = Arrays.copyOf(strings, Math.min(MAX_STRINGS, count * 2));
        }
        strings[count++] = s;
    }
}

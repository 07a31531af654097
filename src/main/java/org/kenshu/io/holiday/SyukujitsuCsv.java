package org.kenshu.io.holiday;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenshu.model.Holiday;

/**
 * Reads 内閣府's list of national holidays (syukujitsu.csv) strictly: Shift_JIS as Windows writes it,
 * the header 「国民の祝日・休日月日,国民の祝日・休日名称」, then one {@code yyyy/M/d,名称} per line, each date
 * once. Anything else rejects the whole file, so a half-read list never replaces a good one.
 */
public final class SyukujitsuCsv {
    public static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称";
    /** The real file is about 20 KB; anything far larger is not it. */
    public static final int MAX_BYTES = 1 << 20;
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Pattern LINE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2}),([^,]+)");

    private SyukujitsuCsv() {
    }

    /** The holidays in {@code bytes}, in file order; {@code source} is recorded on each. */
    public static List<Holiday> parse(byte[] bytes, String source) throws HolidayFileException {
        if (bytes.length == 0) {
            throw new HolidayFileException("holidays.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new HolidayFileException("holidays.file.tooLarge");
        }
        String[] lines = decode(bytes).split("\r?\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new HolidayFileException("holidays.file.header", HEADER);
        }
        int last = lines.length - 1;
        while (last > 0 && lines[last].isEmpty()) {
            last--; // the file ends with a line break; blank lines only at the very end are allowed
        }
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 1; i <= last; i++) {
            LocalDate date = line(lines[i], i + 1);
            if (!seen.add(date)) {
                throw new HolidayFileException("holidays.file.duplicate", i + 1, lines[i]);
            }
            holidays.add(new Holiday(date, lines[i].substring(lines[i].indexOf(',') + 1).strip(), source));
        }
        if (holidays.isEmpty()) {
            throw new HolidayFileException("holidays.file.noLines");
        }
        return holidays;
    }

    private static LocalDate line(String text, int lineNo) throws HolidayFileException {
        Matcher m = LINE.matcher(text);
        if (!m.matches() || m.group(4).isBlank()) {
            throw new HolidayFileException("holidays.file.badLine", lineNo, text);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new HolidayFileException("holidays.file.badLine", lineNo, text);
        }
    }

    private static String decode(byte[] bytes) throws HolidayFileException {
        if (isUtf8Japanese(bytes)) {
            throw new HolidayFileException("holidays.file.utf8");
        }
        try {
            return WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HolidayFileException("holidays.file.notShiftJis");
        }
    }

    /** Saved again as 「CSV UTF-8」 by a spreadsheet program: valid UTF-8 with Japanese in it (or a BOM). */
    private static boolean isUtf8Japanese(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return true;
        }
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().anyMatch(c -> c > 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

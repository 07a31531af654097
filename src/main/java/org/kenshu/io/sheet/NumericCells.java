package org.kenshu.io.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into a {@link Cell} the same way for xlsx and xls.
 *
 * <ul>
 * <li>General: integral values without ".0" ({@code 123}, {@code 1234567890123}), others rounded to
 * Excel's 15 significant digits ({@code 0.1+0.2} → {@code 0.3}).
 * <li>Other number formats: what Excel shows, via POI's {@link DataFormatter} pinned to ja-JP
 * ({@code 00000} → {@code 00123}, {@code #,##0} → {@code 1,234}, {@code [h]:mm} → {@code 27:30}).
 * <li>Date formats: {@code dateTime} converted with the workbook's 1900/1904 system, and an
 * ISO-like text that does not depend on the cell's display format: {@code 2026-05-12},
 * {@code 2026-05-12 09:30} (seconds only when not zero), or {@code 09:30} for a time alone
 * (serial below 1; its dateTime is then on the system's day zero, 1899-12-31 or 1904-01-01).
 * </ul>
 * Not thread-safe (DataFormatter caches); one instance per read.
 */
final class NumericCells {
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** 9999-12-31, Excel's last date; larger serials are shown as numbers. */
    private static final double MAX_DATE_SERIAL = 2_958_466;

    /** Direct-mapped cache size: sheets repeat the same dates, hours and codes row after row. */
    private static final int CACHE = 1024;

    private DataFormatter formatter; // built on first use: most sheets only use General and dates
    private final boolean date1904;
    private final long[] cachedBits = new long[CACHE];
    private final NumberFormat[] cachedFormats = new NumberFormat[CACHE];
    private final Cell[] cachedCells = new Cell[CACHE];

    NumericCells(boolean date1904) {
        this.date1904 = date1904;
    }

    /** The cell for {@code value} shown with {@code format}; equal inputs give the same (immutable) cell. */
    Cell cell(double value, NumberFormat format) {
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 54); // Fibonacci hashing: 10 well-mixed bits
        Cell cell = cachedCells[slot];
        if (cell != null && cachedBits[slot] == bits && cachedFormats[slot] == format) {
            return cell;
        }
        cell = build(value, format);
        cachedBits[slot] = bits;
        cachedFormats[slot] = format;
        cachedCells[slot] = cell;
        return cell;
    }

    private Cell build(double value, NumberFormat format) {
        if (format.date() && value >= 0 && value < MAX_DATE_SERIAL) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
            if (dateTime != null) {
                return new Cell(dateText(dateTime, value < 1), value, dateTime);
            }
        }
        String text = format.general() ? generalText(value)
                : formatter().formatRawCellContents(value, format.id(), format.code(), date1904);
        return new Cell(text, value, null);
    }

    private DataFormatter formatter() {
        if (formatter == null) {
            formatter = new DataFormatter(Locale.JAPAN);
        }
        return formatter;
    }

    static String generalText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent >= -9 && exponent < 15 ? rounded.toPlainString() : rounded.toString();
    }

    static String dateText(LocalDateTime t, boolean timeOnly) {
        StringBuilder sb = new StringBuilder(19);
        if (!timeOnly) {
            pad(sb, t.getYear(), 4).append('-');
            pad(sb, t.getMonthValue(), 2).append('-');
            pad(sb, t.getDayOfMonth(), 2);
            if (t.getHour() == 0 && t.getMinute() == 0 && t.getSecond() == 0) {
                return sb.toString();
            }
            sb.append(' ');
        }
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2);
        if (t.getSecond() != 0) {
            pad(sb.append(':'), t.getSecond(), 2);
        }
        return sb.toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}

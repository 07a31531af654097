package org.kenshu.io.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's {@code <sheetData>} into rows. Typed values: shared strings ({@code t="s"}),
 * inline strings ({@code t="inlineStr"}, furigana skipped), cached formula results ({@code t="str"}
 * or numbers), booleans ({@code TRUE}/{@code FALSE}), errors as their text ({@code #N/A}), ISO date
 * cells ({@code t="d"}), and numbers, which become dates when their style says so. Only element
 * names are compared and only {@code <v>}/{@code <t>} text is kept: this runs once per cell.
 */
final class XlsxSheetHandler extends DefaultHandler {
    private final SharedCells sharedStrings;
    private final NumberFormat[] formats;
    private final NumericCells numerics;
    private final RowBuilder rows;
    private final boolean date1904;

    private final StringBuilder value = new StringBuilder(64);
    private boolean collecting;
    private boolean inRow;
    private boolean inInline;
    private int phoneticDepth;
    private int lastRowNumber;
    private int column;
    private String type;
    private int style;
    private boolean hasValue;

    XlsxSheetHandler(SharedCells sharedStrings, NumberFormat[] formats, boolean date1904, RowBuilder rows) {
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.date1904 = date1904;
        this.numerics = new NumericCells(date1904);
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts);
            case "v" -> {
                value.setLength(0);
                collecting = true;
                hasValue = true;
            }
            case "is" -> {
                value.setLength(0);
                inInline = true;
                hasValue = true;
            }
            case "t" -> collecting = inInline && phoneticDepth == 0;
            case "rPh" -> phoneticDepth++;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "rPh" -> phoneticDepth--;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> {
                if (inRow) {
                    rows.finish();
                    inRow = false;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    private void startRow(String r) {
        int number = r == null ? lastRowNumber + 1 : Integer.parseInt(r.trim());
        if (number < 1) {
            throw new IllegalStateException("row number " + number);
        }
        lastRowNumber = number;
        inRow = true;
        rows.start(number);
    }

    private void startCell(Attributes atts) {
        int c = -1;
        type = null;
        style = 0;
        // one pass over the attributes: getValue(name) would scan them once per name
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            String name = atts.getQName(i);
            if (name.length() == 1) {
                switch (name.charAt(0)) {
                    case 'r' -> c = CellRefs.column(atts.getValue(i));
                    case 't' -> type = atts.getValue(i);
                    case 's' -> style = (int) Digits.parse(atts.getValue(i), -1);
                    default -> {
                    }
                }
            }
        }
        column = c < 0 ? rows.nextColumn() : c;
        hasValue = false;
        collecting = false;
    }

    private void endCell() {
        if (!inRow || !hasValue) {
            return; // a styled empty cell: gaps are blank anyway
        }
        Cell cell = cellValue();
        if (cell != null) {
            rows.set(column, cell);
        }
    }

    private Cell cellValue() {
        if (type == null || "n".equals(type)) {
            if (value.isEmpty()) {
                return null;
            }
            long integral = Digits.parse(value, Long.MIN_VALUE);
            double number = integral != Long.MIN_VALUE ? integral : Double.parseDouble(value.toString());
            return numerics.cell(number, style >= 0 && style < formats.length ? formats[style] : NumberFormat.GENERAL);
        }
        return switch (type) {
            case "s" -> sharedStrings.cell((int) Digits.parse(value, -1));
            case "inlineStr" -> Cell.text(XmlText.decode(value));
            case "b" -> Cell.text(isTrue() ? "TRUE" : "FALSE");
            case "d" -> isoDate();
            default -> Cell.text(value.toString()); // "str" (formula text), "e" (#N/A…)
        };
    }

    private boolean isTrue() {
        return value.length() == 1 ? value.charAt(0) == '1' : "true".contentEquals(value);
    }

    private Cell isoDate() {
        String raw = value.toString().trim();
        try {
            String plain = raw.endsWith("Z") ? raw.substring(0, raw.length() - 1) : raw;
            LocalDateTime dateTime = plain.indexOf('T') >= 0 ? LocalDateTime.parse(plain)
                    : LocalDate.parse(plain).atStartOfDay();
            double serial = DateUtil.getExcelDate(dateTime, date1904);
            return new Cell(NumericCells.dateText(dateTime, false), serial, dateTime);
        } catch (DateTimeParseException e) {
            return Cell.text(raw);
        }
    }
}

package org.kenshu.io.report;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming sheet writer with a faster path for the cells reports write most — inline strings,
 * numbers and blanks: the cell reference from a table of column letters instead of a CellReference per
 * cell, and XML escaping over chars instead of a code-point iterator. The XML is the same as POI's; every
 * other kind of cell (formulas …) goes through POI's own code.
 */
final class FastSheetXml extends SheetDataWriter {
    private static final String[] COLUMNS = new String[64];
    /** Style indexes as attribute text, made once each. */
    private final java.util.Map<Integer, String> styleNames = new java.util.HashMap<>();
    private int row = -1;
    private String rowNumber = "";

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = SheetRows.columnName(i);
        }
    }

    FastSheetXml() throws IOException {
        super();
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        var type = cell.getCellType();
        if (columnIndex >= COLUMNS.length || (type != org.apache.poi.ss.usermodel.CellType.STRING
                && type != org.apache.poi.ss.usermodel.CellType.NUMERIC
                && type != org.apache.poi.ss.usermodel.CellType.BLANK)) {
            super.writeCell(columnIndex, cell);
            return;
        }
        if (cell.getRowIndex() != row) {
            row = cell.getRowIndex();
            rowNumber = Integer.toString(row + 1);
        }
        _out.write("<c r=\"");
        _out.write(COLUMNS[columnIndex]);
        _out.write(rowNumber);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write("\" s=\"");
            _out.write(styleNames.computeIfAbsent(style, i -> Integer.toString(i)));
        }
        switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                _out.write("\" t=\"inlineStr\"><is><t");
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    _out.write(" xml:space=\"preserve\"");
                }
                _out.write('>');
                outputEscapedString(text);
                _out.write("</t></is></c>");
            }
            case NUMERIC -> {
                _out.write("\" t=\"n\"><v>");
                _out.write(Double.toString(cell.getNumericCellValue()));
                _out.write("</v></c>");
            }
            default -> _out.write("\"></c>");
        }
    }

    /** The same escaping as POI's, a char at a time: most report text needs none. */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        int n = s == null ? 0 : s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
            if (escape != null) {
                _out.write(s, plain, i - plain);
                _out.write(escape);
                plain = i + 1;
            }
        }
        if (plain < n) {
            _out.write(s, plain, n - plain);
        }
    }
}

package org.kenshu.io.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of a workbook, created once and reused: a workbook holds at most 64,000 styles, and
 * creating one per cell is what makes naive writers slow and their files large.
 */
final class StyleCache {
    /** What makes two cells look different. */
    record Key(Look look, Align align, boolean wrap, NumberStyle number, boolean quoted, boolean ruleAbove) {
    }

    private final SXSSFWorkbook wb;
    private final Map<Key, XSSFCellStyle> styles = new HashMap<>();
    private final Map<Look, XSSFFont> fonts = new EnumMap<>(Look.class);
    private final Map<NumberStyle, Short> formats = new EnumMap<>(NumberStyle.class);

    StyleCache(SXSSFWorkbook wb) {
        this.wb = wb;
        // The workbook's default font sets Excel's column unit: a digit of ＭＳ Ｐゴシック 10.5 pt is 7 pixels.
        XSSFFont normal = wb.getXSSFWorkbook().getFontAt(0);
        normal.setFontName(Fonts.FAMILY);
        normal.setFontHeight(Fonts.BODY_PT);
        normal.setCharSet(128);
        normal.setFamily(3);
    }

    /** The same styles by position, so the writer's hot loop allocates no key per cell. */
    private final XSSFCellStyle[] fast = new XSSFCellStyle[Look.values().length * Align.values().length * 2
            * (NumberStyle.values().length + 1) * 2 * 2];

    XSSFCellStyle get(Look look, Align align, boolean wrap, NumberStyle number, boolean quoted, boolean ruleAbove) {
        int i = ((((look.ordinal() * Align.values().length + align.ordinal()) * 2 + (wrap ? 1 : 0))
                * (NumberStyle.values().length + 1) + (number == null ? 0 : number.ordinal() + 1)) * 2
                + (quoted ? 1 : 0)) * 2 + (ruleAbove ? 1 : 0);
        XSSFCellStyle s = fast[i];
        if (s == null) {
            s = get(new Key(look, align, wrap, number, quoted, ruleAbove));
            fast[i] = s;
        }
        return s;
    }

    XSSFCellStyle get(Key key) {
        XSSFCellStyle s = styles.get(key);
        if (s == null) {
            s = create(key);
            styles.put(key, s);
        }
        return s;
    }

    int size() {
        return styles.size();
    }

    private XSSFCellStyle create(Key key) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFont(font(key.look()));
        s.setAlignment(switch (key.align()) {
            case LEFT -> HorizontalAlignment.LEFT;
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
        });
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(key.wrap());
        if (key.look().ruled()) {
            s.setBorderTop(key.ruleAbove() ? BorderStyle.THIN : BorderStyle.NONE);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        double grey = key.look().grey();
        if (grey < 1.0) {
            int g = (int) Math.round(grey * 255);
            s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) g, (byte) g, (byte) g}));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (key.number() != null) {
            s.setDataFormat(formats.computeIfAbsent(key.number(),
                    n -> wb.createDataFormat().getFormat(n.excelFormat())));
        }
        s.setQuotePrefixed(key.quoted());
        return s;
    }

    private XSSFFont font(Look look) {
        return fonts.computeIfAbsent(look, l -> {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setFontName(Fonts.FAMILY);
            f.setCharSet(128);
            f.setFamily(3);
            f.setFontHeight(l == Look.TITLE ? Fonts.TITLE_PT : Fonts.BODY_PT);
            f.setBold(l.bold());
            return f;
        });
    }
}

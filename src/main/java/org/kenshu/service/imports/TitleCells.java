package org.kenshu.service.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kenshu.io.sheet.Cell;
import org.kenshu.io.sheet.SheetRow;

/**
 * Reads the rows above a header: 「令和8年度 新任係長研修 出席簿」 gives the course and the fiscal
 * year, 「実施日：令和8年5月12日」 or a label cell followed by a value cell gives a column's value
 * for every row of the sheet.
 */
final class TitleCells {
    private static final Pattern FISCAL_YEAR = Pattern.compile("(令和|平成|R|H)?\\s*(\\d{1,4}|元)\\s*年度");
    private static final Pattern LABELLED = Pattern.compile("^([^:：]{1,12})[:：]\\s*(.+)$");
    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*[(（][^)）]*[)）]\\s*$");
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "\\s*(出席簿|出欠表|出席表|出欠簿|出欠確認表|出欠記録|受講者名簿|指名名簿|受講者一覧|名簿|一覧表?|研修計画|計画)$");

    private final HeaderMatcher headers;
    private final Map<Column, String> values = new EnumMap<>(Column.class);
    private Integer fiscalYear;

    TitleCells(HeaderMatcher headers) {
        this.headers = headers;
    }

    void read(SheetRow row) {
        List<Cell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String text = Text.clean(cells.get(i).text());
            if (text == null || text.isEmpty()) {
                continue;
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                headers.match(labelled.group(1)).ifPresent(c -> values.putIfAbsent(c, labelled.group(2).strip()));
                continue;
            }
            Optional<Column> label = headers.match(text);
            if (label.isPresent() && Text.key(text).length() <= 6) {
                nextValue(cells, i).ifPresent(v -> values.putIfAbsent(label.get(), v));
                continue;
            }
            title(text);
        }
    }

    private static Optional<String> nextValue(List<Cell> cells, int labelIndex) {
        for (int j = labelIndex + 1; j < cells.size(); j++) {
            String v = Text.clean(cells.get(j).text());
            if (v != null && !v.isEmpty()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** 「令和8年度 新任係長研修 出席簿」 → fiscal year 2026, course 「新任係長研修」. */
    private void title(String text) {
        Matcher fy = FISCAL_YEAR.matcher(text);
        if (!fy.find()) {
            if (DateValues.parse(text, null).isPresent()) {
                values.putIfAbsent(Column.DATE, text);
            }
            return;
        }
        if (fiscalYear == null) {
            fiscalYear = westernYear(fy.group(1), fy.group(2));
        }
        // 「…出欠表（第1回）」: the remark after the suffix says nothing about the course.
        String title = TRAILING_REMARK.matcher(text.substring(fy.end())).replaceAll("").strip();
        String rest = TITLE_SUFFIX.matcher(title).replaceAll("").strip();
        if (!rest.isEmpty() && TITLE_SUFFIX.matcher(title).find()) {
            values.putIfAbsent(Column.COURSE, rest);
        }
    }

    private static Integer westernYear(String era, String number) {
        int n = "元".equals(number) ? 1 : Integer.parseInt(number);
        if (era == null) {
            return n > 1900 ? n : null;
        }
        return switch (era) {
            case "令和", "R" -> 2018 + n;
            case "平成", "H" -> 1988 + n;
            default -> null;
        };
    }

    Map<Column, String> values() {
        return values;
    }

    Integer fiscalYear() {
        return fiscalYear;
    }
}

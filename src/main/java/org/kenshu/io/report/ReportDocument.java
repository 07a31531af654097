package org.kenshu.io.report;

import java.util.List;

/**
 * A report workbook: its sheets and what every printed page carries.
 *
 * @param title       document title (file properties; the preview window)
 * @param headerLeft  page header, left: the city's name
 * @param headerRight page header, right: 「令和8年度」
 * @param pageNumber  page footer, centre, with {0} for the page and {1} for the count: 「{0} / {1} ページ」
 * @param footerRight page footer, right: 「出力日 令和8年11月21日」
 */
public record ReportDocument(String title, String headerLeft, String headerRight, String pageNumber,
        String footerRight, List<ReportSheet> sheets) {

    public ReportDocument {
        sheets = List.copyOf(sheets);
    }
}

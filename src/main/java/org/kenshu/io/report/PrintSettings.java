package org.kenshu.io.report;

import java.text.MessageFormat;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The page setup every report sheet gets: A4 (landscape when wide), fit to one page wide, title and
 * header rows repeated on every page, the city and the fiscal year in the page header, page x / y and
 * the date in the footer, frozen panes below the header.
 */
final class PrintSettings {
    private PrintSettings() {
    }

    static void apply(SXSSFSheet sh, ReportSheet sheet, ReportDocument doc, int headerRow) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(sheet.landscape());
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.setMargin(PageMargin.LEFT, PageGeometry.mmToInches(PageGeometry.MARGIN_SIDE_MM));
        sh.setMargin(PageMargin.RIGHT, PageGeometry.mmToInches(PageGeometry.MARGIN_SIDE_MM));
        sh.setMargin(PageMargin.TOP, PageGeometry.mmToInches(PageGeometry.MARGIN_TOP_MM));
        sh.setMargin(PageMargin.BOTTOM, PageGeometry.mmToInches(PageGeometry.MARGIN_BOTTOM_MM));
        sh.setMargin(PageMargin.HEADER, PageGeometry.mmToInches(PageGeometry.HEADER_MM));
        sh.setMargin(PageMargin.FOOTER, PageGeometry.mmToInches(PageGeometry.FOOTER_MM));
        sh.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        sh.createFreezePane(sheet.frozenColumns(), headerRow + 1);
        String size = "&" + (int) Fonts.HEADER_FOOTER_PT + " ";
        sh.getHeader().setLeft(size + escape(doc.headerLeft()));
        sh.getHeader().setRight(size + escape(doc.headerRight()));
        sh.getFooter().setCenter(size + MessageFormat.format(escape(doc.pageNumber()).replace("'", "''"), "&P", "&N"));
        sh.getFooter().setRight(size + escape(doc.footerRight()));
    }

    /** A lone & starts a header code in Excel; text keeps it by doubling it. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}

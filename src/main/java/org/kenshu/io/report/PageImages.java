package org.kenshu.io.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed pages of a report, laid out as Excel prints the workbook ({@link SheetLayout}): the same
 * widths, row heights, scale and page breaks, with the page header and footer. For the print preview.
 */
public final class PageImages {
    private static final double LINE_MM = Fonts.HEADER_FOOTER_PT * 1.4 * PageGeometry.MM_PER_POINT;

    private PageImages() {
    }

    /** Every page of every sheet; the sheets must not be streaming ones. */
    public static List<PageImage> of(ReportDocument doc) {
        List<SheetLayout> layouts = doc.sheets().stream().map(SheetLayout::of).toList();
        int total = layouts.stream().mapToInt(l -> l.pageStarts().size()).sum();
        List<PageImage> pages = new ArrayList<>();
        for (SheetLayout layout : layouts) {
            List<Integer> starts = layout.pageStarts();
            for (int p = 0; p < starts.size(); p++) {
                int end = p + 1 < starts.size() ? starts.get(p + 1) : layout.rows().size();
                List<PageBox> boxes = new ArrayList<>(new PageTable(layout).boxes(starts.get(p), end));
                boxes.addAll(margins(doc, layout.sheet().landscape(), pages.size() + 1, total));
                pages.add(new PageImage(layout.sheet().name(), layout.sheet().landscape(),
                        PageGeometry.paperWidthMm(layout.sheet().landscape()),
                        PageGeometry.paperHeightMm(layout.sheet().landscape()), boxes));
            }
        }
        return pages;
    }

    private static List<PageBox> margins(ReportDocument doc, boolean landscape, int page, int pages) {
        double width = PageGeometry.paperWidthMm(landscape) - 2 * PageGeometry.MARGIN_SIDE_MM;
        double left = PageGeometry.MARGIN_SIDE_MM;
        double headerY = PageGeometry.HEADER_MM;
        double footerY = PageGeometry.paperHeightMm(landscape) - PageGeometry.FOOTER_MM - LINE_MM;
        String number = MessageFormat.format(doc.pageNumber().replace("'", "''"), page, pages);
        return List.of(text(left, headerY, width, doc.headerLeft(), Align.LEFT),
                text(left, headerY, width, doc.headerRight(), Align.RIGHT),
                text(left, footerY, width, number, Align.CENTER),
                text(left, footerY, width, doc.footerRight(), Align.RIGHT));
    }

    private static PageBox text(double x, double y, double width, String text, Align align) {
        return new PageBox(x, y, width, LINE_MM, List.of(text == null ? "" : text), Fonts.HEADER_FOOTER_PT, false,
                align, 1.0, PageBox.Rules.NONE);
    }
}

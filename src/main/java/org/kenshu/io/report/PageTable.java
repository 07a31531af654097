package org.kenshu.io.report;

import java.util.ArrayList;
import java.util.List;

/** The table part of one printed page: repeated title and header rows, then the page's rows. */
final class PageTable {
    private final SheetLayout layout;
    private final double scale;
    private final double[] x;
    private final double tableWidth;
    private final List<PageBox> boxes = new ArrayList<>();
    private double y;

    PageTable(SheetLayout layout) {
        this.layout = layout;
        this.scale = layout.scale();
        double[] widths = layout.widths();
        x = new double[widths.length + 1];
        boolean landscape = layout.sheet().landscape();
        double printable = PageGeometry.printableWidthPt(landscape) * PageGeometry.MM_PER_POINT;
        double table = 0;
        for (double w : widths) {
            table += mm(w * PageGeometry.POINTS_PER_CHAR);
        }
        tableWidth = table;
        // Centred horizontally, as the sheet's page setup asks.
        x[0] = PageGeometry.MARGIN_SIDE_MM + Math.max(0, (printable - table) / 2);
        for (int i = 0; i < widths.length; i++) {
            x[i + 1] = x[i] + mm(widths[i] * PageGeometry.POINTS_PER_CHAR);
        }
    }

    List<PageBox> boxes(int from, int to) {
        y = PageGeometry.MARGIN_TOP_MM;
        ReportSheet sheet = layout.sheet();
        for (int i = 0; i < sheet.titles().size(); i++) {
            boolean main = i == 0;
            double h = mm(layout.titleHeight(i));
            boxes.add(new PageBox(x[0], y, tableWidth, h, layout.titleLines().get(i),
                    (main ? Fonts.TITLE_PT : Fonts.BODY_PT) * scale, main, main ? Align.CENTER : Align.LEFT, 1.0,
                    PageBox.Rules.NONE));
            y += h;
        }
        y += mm(Fonts.SPACER_ROW_PT);
        double header = mm(layout.headerHeight());
        for (int c = 0; c < sheet.columns().size(); c++) {
            boxes.add(cell(c, header, layout.headerLines().get(c), true, Align.CENTER, Look.HEADER.grey(), true));
        }
        y += header;
        for (int r = from; r < to; r++) {
            row(r);
        }
        return boxes;
    }

    private void row(int r) {
        ReportRow row = layout.rows().get(r);
        double h = mm(layout.height(r));
        Look look = Look.of(row.kind());
        if (row.kind().spans()) {
            boolean ruled = look.ruled();
            boxes.add(new PageBox(x[0], y, tableWidth, h, layout.lines(r).getFirst(), Fonts.BODY_PT * scale,
                    look.bold(), row.kind() == RowKind.MESSAGE ? Align.CENTER : Align.LEFT, look.grey(),
                    ruled ? PageBox.Rules.ALL : PageBox.Rules.NONE));
        } else {
            for (int c = 0; c < layout.sheet().columns().size(); c++) {
                boolean shown = !(row.cell(c) instanceof ReportCell.Continued) || layout.showsLabel(r, c);
                boxes.add(cell(c, h, shown ? layout.lines(r).get(c) : List.of(), look.bold(),
                        layout.sheet().columns().get(c).align(), look.grey(), layout.startsGroup(r, c)));
            }
        }
        y += h;
    }

    private PageBox cell(int c, double h, List<String> lines, boolean bold, Align align, double grey, boolean top) {
        return new PageBox(x[c], y, x[c + 1] - x[c], h, lines, Fonts.BODY_PT * scale, bold, align, grey,
                new PageBox.Rules(top, true, true, true));
    }

    /** Sheet points to millimetres on paper, after fit-to-width scaling. */
    private double mm(double points) {
        return points * scale * PageGeometry.MM_PER_POINT;
    }
}

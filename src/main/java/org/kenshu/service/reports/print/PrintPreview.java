package org.kenshu.service.reports.print;

import java.util.List;
import org.kenshu.io.report.PageBox;
import org.kenshu.io.report.PageImage;

/** The pages of a report as they print: the page-layout model the print preview and the printer draw. */
public record PrintPreview(String title, List<PrintPage> pages) {

    public PrintPreview {
        pages = List.copyOf(pages);
    }

    /** The pages {@code io.report} laid out, in the window's terms. */
    public static PrintPreview of(String title, List<PageImage> images) {
        return new PrintPreview(title, images.stream().map(PrintPreview::page).toList());
    }

    private static PrintPage page(PageImage image) {
        return new PrintPage(image.sheet(), image.landscape(), image.widthMm(), image.heightMm(),
                image.boxes().stream().map(PrintPreview::box).toList());
    }

    private static PrintBox box(PageBox b) {
        return new PrintBox(b.x(), b.y(), b.width(), b.height(), b.lines(), b.fontPt(), b.bold(), b.align().name(),
                b.grey(), b.rules().top(), b.rules().right(), b.rules().bottom(), b.rules().left());
    }
}

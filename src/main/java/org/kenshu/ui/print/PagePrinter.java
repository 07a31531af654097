package org.kenshu.ui.print;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.kenshu.service.reports.print.PrintPage;
import org.kenshu.service.reports.print.PrintPreview;

/** Prints the pages of a preview through the system print dialog, each on A4 in its own orientation. */
final class PagePrinter {
    /** JavaFX prints in points. */
    private static final double POINTS_PER_MM = 72 / 25.4;

    private PagePrinter() {
    }

    /** How printing ended. */
    enum Outcome {
        PRINTED,
        CANCELLED,
        NO_PRINTER,
        FAILED
    }

    /** Shows the system print dialog and prints every page. */
    static Outcome print(Window owner, PrintPreview preview) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        job.getJobSettings().setJobName(preview.title());
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        Printer printer = job.getPrinter();
        for (PrintPage page : preview.pages()) {
            PageLayout layout = printer.createPageLayout(Paper.A4,
                    page.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            Pane node = PageNodes.page(page, POINTS_PER_MM);
            // The page is drawn from the paper's corner; the printer starts at its printable area.
            node.setTranslateX(-layout.getLeftMargin());
            node.setTranslateY(-layout.getTopMargin());
            if (!job.printPage(layout, node)) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }
}

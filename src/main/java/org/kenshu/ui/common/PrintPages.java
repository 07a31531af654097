package org.kenshu.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Pages of a {@link Printable} as images (the preview: a white A4 landscape sheet with margins,
 * drawn with Node.snapshot, so it also works without a printer or a screen) and on paper
 * (PrinterJob with the printer's own margins on A4 landscape).
 */
public final class PrintPages {
    /** Margin of the preview sheet: 12.7 mm, what printers commonly leave. */
    public static final double MARGIN = 36;
    public static final double SHEET_WIDTH = Paper.A4.getHeight();
    public static final double SHEET_HEIGHT = Paper.A4.getWidth();

    private PrintPages() {
    }

    /** Each page on an A4 landscape sheet, one image per page at 1 px per point. */
    public static List<WritableImage> preview(Printable printable) {
        List<WritableImage> images = new ArrayList<>();
        for (Node page : printable.pages(SHEET_WIDTH - 2 * MARGIN, SHEET_HEIGHT - 2 * MARGIN)) {
            StackPane sheet = new StackPane(new Group(page));
            sheet.setPadding(new Insets(MARGIN));
            sheet.setStyle("-fx-background-color: white;");
            sheet.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            sheet.setMinSize(SHEET_WIDTH, SHEET_HEIGHT);
            sheet.setMaxSize(SHEET_WIDTH, SHEET_HEIGHT);
            new Scene(sheet, SHEET_WIDTH, SHEET_HEIGHT);
            sheet.applyCss();
            sheet.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            images.add(sheet.snapshot(params, null));
        }
        return images;
    }

    /** Asks for a printer (the system dialog) and prints; false when there is none or the officer cancelled. */
    public static boolean print(Printable printable, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        job.getJobSettings().setJobName(printable.title());
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        for (Node page : printable.pages(layout.getPrintableWidth(), layout.getPrintableHeight())) {
            Group holder = new Group(page);
            new Scene(holder).setFill(Color.WHITE);
            holder.applyCss();
            holder.layout();
            if (!job.printPage(layout, holder)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}

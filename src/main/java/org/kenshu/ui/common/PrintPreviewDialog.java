package org.kenshu.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kenshu.model.I18n;

/** The print preview: the pages as they will come out on A4 landscape, and the system print dialog from there. */
final class PrintPreviewDialog {
    private PrintPreviewDialog() {
    }

    static void show(Window owner, Printable printable, DialogService dialogs) {
        List<WritableImage> images = PrintPages.preview(printable);
        VBox pages = new VBox(16);
        pages.setId("previewPages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.setStyle("-fx-background-color: #d9dce0;");
        ScrollPane scroll = new ScrollPane(pages);
        for (WritableImage image : images) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // Whole sheets in view, however small the window: never wider than the viewport.
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                    PrintPages.SHEET_WIDTH, scroll.getViewportBounds().getWidth() - 36), scroll.viewportBoundsProperty()));
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.35)));
            pages.getChildren().add(view);
        }
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(PrintPages.SHEET_WIDTH + 48);
        scroll.setPrefViewportHeight(Math.min(640, PrintPages.SHEET_HEIGHT + 32));
        Label count = new Label(I18n.t("print.pages", images.size()));
        count.setId("previewPageCount");
        BorderPane content = new BorderPane(scroll, count, null, null, null);
        BorderPane.setMargin(count, new Insets(0, 0, 8, 0));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("print.previewTitle", printable.title()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("printPreview");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(PrintPages.SHEET_WIDTH + 90, 720);
        ButtonType print = new ButtonType(I18n.t("print.print"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(print, new ButtonType(I18n.t("print.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("printButton");
        printButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            if (javafx.print.Printer.getAllPrinters().isEmpty()) {
                dialogs.showInformation(I18n.t("print.title"), I18n.t("print.noPrinter"));
            } else if (PrintPages.print(printable, dialog.getDialogPane().getScene().getWindow())) {
                dialog.close();
            }
        });
        dialog.showAndWait();
    }
}

package org.kenshu.ui.print;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kenshu.model.I18n;
import org.kenshu.service.reports.print.PrintPreview;
import org.kenshu.ui.common.DialogService;

/**
 * 印刷プレビュー: the report's A4 pages one at a time, as they will print (and as Excel prints the workbook),
 * with page turning, a whole-page or actual-size view, and 「印刷…」 through the system print dialog.
 */
public final class PrintPreviewDialog {
    /** Screen pixels per millimetre at 100 % (96 dpi). */
    static final double ACTUAL = 96 / 25.4;
    private final Stage stage = new Stage();
    private final PrintPreview preview;
    private final DialogService dialogs;
    private final IntegerProperty index = new SimpleIntegerProperty();
    private final StackPane paper = new StackPane();
    private final ScrollPane scroll = new ScrollPane(paper);
    private final Label pageLabel = new Label();
    private final ToggleButton actualSize = new ToggleButton(I18n.t("preview.actualSize"));

    public PrintPreviewDialog(Window owner, PrintPreview preview, DialogService dialogs) {
        this.preview = preview;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        // Not modal: the officer can keep working in the main window while the preview stays open.
        stage.initModality(Modality.NONE);
        stage.setTitle(I18n.t("preview.title", preview.title()));
        stage.setScene(new Scene(root(), 1000, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                turn(1);
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                turn(-1);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        index.addListener((o, a, b) -> show());
        actualSize.selectedProperty().addListener((o, a, b) -> show());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> show());
    }

    public void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        if (preview.pages().isEmpty()) {
            pageLabel.setText(I18n.t("preview.noPages"));
            return;
        }
        var page = preview.pages().get(index.get());
        double fit = Math.min((scroll.getViewportBounds().getWidth() - 24) / page.widthMm(),
                (scroll.getViewportBounds().getHeight() - 24) / page.heightMm());
        double scale = actualSize.isSelected() || fit <= 0 ? ACTUAL : fit;
        var node = PageNodes.page(page, scale);
        node.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 2);");
        paper.getChildren().setAll(node);
        pageLabel.setText(I18n.t("preview.page", index.get() + 1, preview.pages().size(), page.sheet()));
    }

    private BorderPane root() {
        Button print = new Button(I18n.t("preview.print"));
        print.setId("printButton");
        print.setDefaultButton(true);
        print.setOnAction(e -> print());
        Button previous = new Button(I18n.t("preview.previous"));
        previous.setId("previousPage");
        previous.setOnAction(e -> turn(-1));
        Button next = new Button(I18n.t("preview.next"));
        next.setId("nextPage");
        next.setOnAction(e -> turn(1));
        previous.disableProperty().bind(index.lessThanOrEqualTo(0));
        next.disableProperty().bind(index.greaterThanOrEqualTo(Math.max(0, preview.pages().size() - 1)));
        Button close = new Button(I18n.t("preview.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        pageLabel.setId("pageLabel");
        actualSize.setId("actualSize");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, print, previous, pageLabel, next, actualSize, gap, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("header");
        paper.setPadding(new Insets(12));
        paper.setStyle("-fx-background-color: #8a8f98;");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setStyle("-fx-background: #8a8f98;");
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        return root;
    }

    private void turn(int by) {
        int next = index.get() + by;
        if (next >= 0 && next < preview.pages().size()) {
            index.set(next);
        }
    }

    private void print() {
        PagePrinter.Outcome outcome;
        try {
            outcome = PagePrinter.print(stage, preview);
        } catch (RuntimeException e) {
            dialogs.showError(I18n.t("preview.printFailed.title"), I18n.t("preview.printFailed"), e);
            return;
        }
        switch (outcome) {
            case PRINTED -> dialogs.notify(I18n.t("preview.printed", preview.title(), preview.pages().size()));
            case NO_PRINTER -> dialogs.showError(I18n.t("preview.printFailed.title"), I18n.t("preview.noPrinter"), null);
            case FAILED -> dialogs.showError(I18n.t("preview.printFailed.title"), I18n.t("preview.printFailed"), null);
            case CANCELLED -> { }
        }
    }
}

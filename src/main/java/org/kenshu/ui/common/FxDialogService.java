package org.kenshu.ui.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kenshu.model.I18n;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Consumer<String> statusMessages;

    public FxDialogService(Window owner, Consumer<String> statusMessages) {
        this.owner = owner;
        this.statusMessages = statusMessages;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea text = new TextArea(trace.toString());
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label(I18n.t("error.details")), text));
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    /** Every option on its own line as a radio button, so long labels are read whole. */
    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        choices.setId("choices");
        for (T option : options) {
            RadioButton button = new RadioButton(label.apply(option));
            button.setUserData(option);
            button.setToggleGroup(group);
            button.setWrapText(true);
            choices.getChildren().add(button);
        }
        group.selectToggle(group.getToggles().getFirst());
        dialog.getDialogPane().setContent(choices);
        dialog.getDialogPane().setMinWidth(520);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK || group.getSelectedToggle() == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            T chosen = (T) group.getSelectedToggle().getUserData();
            return chosen;
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        File f = chooser(title, extensions).showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<String> extensions) {
        List<File> files = chooser(title, extensions).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<String> extensions) {
        FileChooser chooser = chooser(title, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public ConflictChoice resolveConflict(String subject, List<ConflictField> fields) {
        Dialog<ConflictChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("conflict.title"));
        dialog.setHeaderText(I18n.t("conflict.header", subject));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("conflictFields");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.addRow(0, bold(I18n.t("conflict.field")), bold(I18n.t("conflict.stored")), bold(I18n.t("conflict.mine")));
        int row = 1;
        for (ConflictField f : fields) {
            Label stored = new Label(f.stored() == null ? "" : f.stored());
            Label mine = new Label(f.mine() == null ? "" : f.mine());
            if (f.differs()) {
                stored.getStyleClass().add("conflict-differs");
                mine.getStyleClass().add("conflict-differs");
            }
            grid.addRow(row++, new Label(f.label()), stored, mine);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType keepMine = new ButtonType(I18n.t("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType takeStored = new ButtonType(I18n.t("conflict.takeStored"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(keepMine, takeStored);
        dialog.setResultConverter(b -> b == keepMine ? ConflictChoice.KEEP_MINE : ConflictChoice.TAKE_STORED);
        return dialog.showAndWait().orElse(ConflictChoice.TAKE_STORED);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    @Override
    public void notify(String message) {
        statusMessages.accept(message);
    }

    @Override
    public void showReportPreview(org.kenshu.service.reports.print.PrintPreview preview) {
        new org.kenshu.ui.print.PrintPreviewDialog(owner, preview, this).show();
    }

    private FileChooser chooser(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (!extensions.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions), extensions));
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    @Override
    public void showPrintPreview(Printable printable) {
        PrintPreviewDialog.show(owner, printable, this);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        dialog.getEditor().setId("askTextField");
        dialog.getEditor().setPrefColumnCount(28);
        dialog.getDialogPane().setMinWidth(480);
        return dialog.showAndWait();
    }
}

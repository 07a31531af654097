package org.kenshu.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.Activity;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.ViewLoader;
import org.kenshu.ui.imports.FileDrop;
import org.kenshu.ui.imports.ImportWizardLauncher;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: sidebar navigation, fiscal-year selector, the current page and the status bar. */
public final class MainWindowView {
    private final MainWindowViewModel vm;
    private final Activity activity;
    private final Function<PageId, PageView> pages;
    private final org.kenshu.ui.common.UndoStack undo;
    private final Map<PageId, PageView> loaded = new EnumMap<>(PageId.class);
    private Parent root;

    @FXML
    private Label titleLabel;
    @FXML
    private ComboBox<Integer> fiscalYearBox;
    @FXML
    private VBox navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label statusLabel;
    @FXML
    private Label taskLabel;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button cancelButton;
    @FXML
    private Label locationLabel;
    @FXML
    private Button importButton;

    public MainWindowView(MainWindowViewModel vm, Activity activity, Function<PageId, PageView> pages,
            org.kenshu.ui.common.UndoStack undo) {
        this.vm = vm;
        this.activity = activity;
        this.pages = pages;
        this.undo = undo;
    }

    public Parent load() {
        root = ViewLoader.load(this);
        return root;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(vm.titleProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        locationLabel.textProperty().bind(vm.locationProperty());
        taskLabel.textProperty().bind(activity.titleProperty());
        taskProgress.progressProperty().bind(activity.progressProperty());
        taskProgress.visibleProperty().bind(activity.runningProperty());
        cancelButton.visibleProperty().bind(activity.runningProperty());
        cancelButton.setOnAction(e -> activity.cancel());
        fiscalYears();
        navigation();
        vm.pageProperty().addListener((obs, old, page) -> show(page));
        vm.state().fiscalYearProperty().addListener((obs, old, year) -> refreshShown());
        show(vm.pageProperty().get());
    }

    private void fiscalYears() {
        fiscalYearBox.setItems(vm.fiscalYears());
        fiscalYearBox.setCellFactory(list -> new YearCell());
        fiscalYearBox.setButtonCell(new YearCell());
        fiscalYearBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : vm.state().fiscalYearLabel(year);
            }

            @Override
            public Integer fromString(String text) {
                return vm.state().fiscalYear();
            }
        });
        fiscalYearBox.setValue(vm.state().fiscalYear());
        vm.state().fiscalYearProperty().addListener((obs, old, year) -> fiscalYearBox.setValue(year.intValue()));
        fiscalYearBox.valueProperty().addListener((obs, old, year) -> {
            if (year != null && year != vm.state().fiscalYear()) {
                vm.state().fiscalYearProperty().set(year);
            }
        });
    }

    private void navigation() {
        ToggleGroup group = new ToggleGroup();
        for (PageId id : PageId.values()) {
            ToggleButton button = new ToggleButton(I18n.t(id.labelKey()), new FontIcon(id.icon()));
            button.setId("nav" + Character.toUpperCase(id.name().charAt(0)) + id.name().substring(1).toLowerCase()
                    .replace("_", ""));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setSelected(id == vm.pageProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                vm.pageProperty().set(id);
            });
            navigation.getChildren().add(button);
        }
    }

    private void show(PageId id) {
        PageView page = loaded.computeIfAbsent(id, pages);
        content.getChildren().setAll(page.root());
        page.refresh();
    }

    private void refreshShown() {
        PageView shown = loaded.get(vm.pageProperty().get());
        if (shown != null) {
            shown.refresh();
        }
    }

    /** Ctrl+F filters and Ctrl+S saves on whichever page is shown; Ctrl+Z undoes the last edit. */
    public void installShortcuts(javafx.scene.Scene scene) {
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+F"),
                () -> current().focusFilter());
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+S"),
                () -> current().save());
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z"), undo::undo);
    }

    private PageView current() {
        return loaded.computeIfAbsent(vm.pageProperty().get(), pages);
    }

    /** The header's 「取込…」 button and files dropped anywhere on the window open the import wizard. */
    public void installImports(Scene scene, ImportWizardLauncher imports) {
        importButton.setTooltip(new Tooltip(I18n.t("main.importTooltip")));
        importButton.setOnAction(e -> imports.open());
        FileDrop.install(scene, imports::open);
    }

    /** After the first-run setup: every page's data changed. */
    public void refreshAll() {
        refreshShown();
        loaded.entrySet().removeIf(e -> e.getKey() != vm.pageProperty().get());
    }

    private final class YearCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer year, boolean empty) {
            super.updateItem(year, empty);
            setText(empty || year == null ? "" : vm.state().fiscalYearLabel(year));
        }
    }
}

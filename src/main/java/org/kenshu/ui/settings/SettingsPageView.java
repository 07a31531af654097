package org.kenshu.ui.settings;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 設定 page. */
public final class SettingsPageView implements PageView {
    private final SettingsPageViewModel vm;
    private final HolidaySettingsViewModel holidays;
    private final Node root;

    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<EraDisplay> eraBox;
    @FXML
    private CheckBox lateBox;
    @FXML
    private CheckBox leftEarlyBox;
    @FXML
    private Spinner<Integer> minimumSpinner;
    @FXML
    private Button saveButton;
    @FXML
    private javafx.scene.layout.StackPane holidayHost;
    @FXML
    private Label schemaLabel;
    @FXML
    private Label locationLabel;
    @FXML
    private TableView<Map.Entry<String, Integer>> countTable;
    @FXML
    private TableColumn<Map.Entry<String, Integer>, String> tableColumn;
    @FXML
    private TableColumn<Map.Entry<String, Integer>, Integer> rowsColumn;

    public SettingsPageView(SettingsPageViewModel vm, HolidaySettingsViewModel holidays) {
        this.vm = vm;
        this.holidays = holidays;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        eraBox.getItems().setAll(EraDisplay.values());
        eraBox.setCellFactory(l -> new EraCell());
        eraBox.setButtonCell(new EraCell());
        eraBox.valueProperty().bindBidirectional(vm.eraProperty());
        lateBox.selectedProperty().bindBidirectional(vm.lateCountsProperty());
        leftEarlyBox.selectedProperty().bindBidirectional(vm.leftEarlyCountsProperty());
        minimumSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 500, 5));
        minimumSpinner.getValueFactory().valueProperty().addListener((o, a, b) -> vm.minimumSizeProperty().set(b));
        vm.minimumSizeProperty().addListener((o, a, b) -> minimumSpinner.getValueFactory().setValue(b.intValue()));
        saveButton.setOnAction(e -> vm.save());
        schemaLabel.textProperty().bind(vm.schemaProperty());
        locationLabel.textProperty().bind(vm.locationProperty());
        Tables.bind(tableColumn, Map.Entry::getKey);
        Tables.bind(rowsColumn, Map.Entry::getValue);
        countTable.setItems(vm.counts());
        holidayHost.getChildren().setAll(new HolidaySettingsView(holidays).root());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
        holidays.refresh();
    }

    @Override
    public void save() {
        vm.save();
    }

    private static final class EraCell extends ListCell<EraDisplay> {
        @Override
        protected void updateItem(EraDisplay item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : I18n.label(item));
        }
    }
}

package org.kenshu.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kenshu.ui.common.ViewLoader;

/** The 国民の祝日 section of the settings page. */
public final class HolidaySettingsView {
    private final HolidaySettingsViewModel vm;
    private final Node root;

    @FXML
    private Label holidaySummaryLabel;
    @FXML
    private Button importHolidaysButton;

    public HolidaySettingsView(HolidaySettingsViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        holidaySummaryLabel.textProperty().bind(vm.summaryProperty());
        importHolidaysButton.setOnAction(e -> vm.importFile());
    }

    public Node root() {
        return root;
    }
}

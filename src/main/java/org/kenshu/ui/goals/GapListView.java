package org.kenshu.ui.goals;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** The list of people behind the gap, with re-nomination and export. */
public final class GapListView {
    private final GapListViewModel vm;
    private final Node root;

    @FXML
    private Label gapSummary;
    @FXML
    private Button renominateButton;
    @FXML
    private Button exportButton;
    @FXML
    private TableView<GapPerson> gapTable;
    @FXML
    private TableColumn<GapPerson, String> gapEmployeeNoColumn;
    @FXML
    private TableColumn<GapPerson, String> gapNameColumn;
    @FXML
    private TableColumn<GapPerson, String> gapDepartmentColumn;
    @FXML
    private TableColumn<GapPerson, String> gapTierColumn;
    @FXML
    private TableColumn<GapPerson, String> gapCourseColumn;
    @FXML
    private TableColumn<GapPerson, String> gapSessionColumn;
    @FXML
    private TableColumn<GapPerson, String> gapReasonColumn;
    @FXML
    private TableColumn<GapPerson, String> gapDaysColumn;

    public GapListView(GapListViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(gapEmployeeNoColumn, GapPerson::employeeNo);
        Tables.bind(gapNameColumn, GapPerson::name);
        Tables.bind(gapDepartmentColumn, GapPerson::department);
        Tables.bind(gapTierColumn, GapPerson::tier);
        Tables.bind(gapCourseColumn, GapPerson::course);
        Tables.bind(gapSessionColumn, vm::session);
        Tables.bind(gapReasonColumn, p -> I18n.label(p.reason()));
        Tables.bind(gapDaysColumn, vm::days);
        gapTable.setItems(vm.people());
        Tables.emptyText(gapTable, I18n.t("goals.gap.empty"));
        vm.selectedProperty().bind(gapTable.getSelectionModel().selectedItemProperty());
        gapSummary.textProperty().bind(vm.summaryProperty());
        renominateButton.disableProperty().bind(vm.canRenominateProperty().not());
        renominateButton.setOnAction(e -> vm.renominate());
        exportButton.setOnAction(e -> vm.export());
    }

    public Node root() {
        return root;
    }
}

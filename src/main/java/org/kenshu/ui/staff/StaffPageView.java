package org.kenshu.ui.staff;

import java.time.LocalDate;
import java.util.Comparator;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.ColumnWidths;
import org.kenshu.ui.common.DateCell;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/**
 * 職員・組織 page: the staff table with its filter and the selected staff member's detail; the
 * department tree, tiers and job categories on their own tabs. Binds and delegates only.
 */
public final class StaffPageView implements PageView {
    private final StaffPageViewModel vm;
    private final AppState state;
    private final StaffDetailView detail;
    private final DepartmentsView departments;
    private final TiersView tiers;
    private final JobCategoriesView jobs;
    private final Node root;

    @FXML
    private TabPane tabs;
    @FXML
    private Tab staffTab;
    @FXML
    private Tab departmentsTab;
    @FXML
    private Tab tiersTab;
    @FXML
    private javafx.scene.layout.HBox importSlot;
    @FXML
    private TextField filterField;
    @FXML
    private ComboBox<String> tierFilterBox;
    @FXML
    private ComboBox<StatusFilter> statusFilterBox;
    @FXML
    private Button addStaffButton;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<StaffRow> staffTable;
    @FXML
    private TableColumn<StaffRow, String> employeeNoColumn;
    @FXML
    private TableColumn<StaffRow, String> nameColumn;
    @FXML
    private TableColumn<StaffRow, String> kanaColumn;
    @FXML
    private TableColumn<StaffRow, String> departmentColumn;
    @FXML
    private TableColumn<StaffRow, StaffRow> tierColumn;
    @FXML
    private TableColumn<StaffRow, String> jobColumn;
    @FXML
    private TableColumn<StaffRow, String> statusColumn;
    @FXML
    private TableColumn<StaffRow, LocalDate> hiredColumn;
    @FXML
    private StackPane detailHost;
    @FXML
    private StackPane departmentsHost;
    @FXML
    private StackPane tiersHost;
    @FXML
    private StackPane jobsHost;

    public StaffPageView(StaffPageViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.detail = new StaffDetailView(vm.detail(), state);
        this.departments = new DepartmentsView(vm.departments(), state);
        this.tiers = new TiersView(vm.tiers());
        this.jobs = new JobCategoriesView(vm.jobCategories());
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        detailHost.getChildren().setAll(detail.root());
        departmentsHost.getChildren().setAll(departments.root());
        tiersHost.getChildren().setAll(tiers.root());
        jobsHost.getChildren().setAll(jobs.root());
        filters();
        columns();
        // The table shows vm.shown() (filtered), which filters an already sorted list: a keystroke then
        // only re-filters, and a click on a column header only re-sorts (sorting 30,000 rows on every
        // keystroke cost up to a second, see docs/benchmarks.md).
        vm.sortedProperty().bind(staffTable.comparatorProperty());
        staffTable.setSortPolicy(t -> true);
        staffTable.setItems(vm.shown());
        staffTable.setFixedCellSize(26);
        Tables.emptyText(staffTable, I18n.t("staff.empty"));
        staffTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && staffTable.getSelectionModel().getSelectedItem() != row) {
                staffTable.getSelectionModel().select(row);
                staffTable.scrollTo(row);
            }
        });
        addStaffButton.setOnAction(e -> detail.newStaff());
        // Another tab may have renamed a department or tier, or merged departments: read the roster again.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == staffTab && old != null) {
                vm.refresh();
            }
        });
    }

    private void filters() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        tierFilterBox.setItems(vm.tierNames());
        Cells.label(tierFilterBox, t -> t.isEmpty() ? I18n.t("staff.filter.allTiers") : t);
        tierFilterBox.valueProperty().bindBidirectional(vm.tierFilterProperty());
        statusFilterBox.getItems().setAll(StatusFilter.values());
        Cells.label(statusFilterBox, s -> I18n.t("staff.filter." + s.name()));
        statusFilterBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        countLabel.textProperty().bind(vm.countProperty());
    }

    private void columns() {
        Tables.bind(employeeNoColumn, r -> r.entry().employeeNo());
        Tables.bind(nameColumn, r -> r.entry().name());
        Tables.bind(kanaColumn, r -> r.entry().kana());
        Tables.bind(departmentColumn, r -> r.entry().department());
        Tables.bind(tierColumn, r -> r);
        tierColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(StaffRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.entry().tier());
            }
        });
        tierColumn.setComparator(Comparator.comparingInt(r -> r.entry().tierRank()));
        Tables.bind(jobColumn, r -> r.entry().jobCategory());
        Tables.bind(statusColumn, r -> I18n.label(r.entry().status()));
        Tables.bind(hiredColumn, r -> r.entry().hiredOn());
        hiredColumn.setCellFactory(c -> new DateCell<>(state));
        vm.shown().getSource().addListener((ListChangeListener<Object>) c -> {
            if (!(c.next() && c.wasPermutated())) {
                fitColumns();
            }
        });
    }

    /** Widths from the data: department paths and tier names vary from city to city. */
    private void fitColumns() {
        var rows = vm.shown().getSource();
        if (rows.isEmpty()) {
            return;
        }
        ColumnWidths.fit(departmentColumn, rows.stream().map(r -> ((StaffRow) r).entry().department()).distinct(),
                160, 340);
        ColumnWidths.fit(tierColumn, rows.stream().map(r -> ((StaffRow) r).entry().tier()).distinct(), 90, 200);
        ColumnWidths.fit(jobColumn, rows.stream().map(r -> ((StaffRow) r).entry().jobCategory()).distinct(), 70, 160);
        ColumnWidths.fit(nameColumn, rows.stream().map(r -> ((StaffRow) r).entry().name()).limit(5000), 90, 160);
        ColumnWidths.fit(kanaColumn, rows.stream().map(r -> ((StaffRow) r).entry().kana()).limit(5000), 100, 200);
    }

    /** Puts the 職員名簿 import button into the toolbar's slot. */
    public void placeImportButton(javafx.scene.control.Button button) {
        importSlot.getChildren().add(button);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public void focusFilter() {
        tabs.getSelectionModel().select(staffTab);
        filterField.requestFocus();
        filterField.selectAll();
    }

    /** Ctrl+S: the form of the tab shown. */
    @Override
    public void save() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == staffTab) {
            detail.save();
        } else if (tab == departmentsTab) {
            departments.save();
        } else if (tab == tiersTab) {
            tiers.save();
        } else {
            jobs.save();
        }
    }
}

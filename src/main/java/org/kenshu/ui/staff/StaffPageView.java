package org.kenshu.ui.staff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Tier;
import org.kenshu.service.RosterEntry;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 職員・組織 page: binds the roster table, tree and lists to {@link StaffPageViewModel}. */
public final class StaffPageView implements PageView {
    private final StaffPageViewModel vm;
    private final AppState state;
    private final Node root;

    @FXML
    private TextField filterField;
    @FXML
    private CheckBox showLeftBox;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<RosterEntry> staffTable;
    @FXML
    private TableColumn<RosterEntry, String> employeeNoColumn;
    @FXML
    private TableColumn<RosterEntry, String> nameColumn;
    @FXML
    private TableColumn<RosterEntry, String> kanaColumn;
    @FXML
    private TableColumn<RosterEntry, String> departmentColumn;
    @FXML
    private TableColumn<RosterEntry, String> tierColumn;
    @FXML
    private TableColumn<RosterEntry, String> jobColumn;
    @FXML
    private TableColumn<RosterEntry, String> statusColumn;
    @FXML
    private TableColumn<RosterEntry, LocalDate> hiredColumn;
    @FXML
    private TreeView<String> departmentTree;
    @FXML
    private TableView<Tier> tierTable;
    @FXML
    private TableColumn<Tier, Integer> tierRankColumn;
    @FXML
    private TableColumn<Tier, String> tierNameColumn;
    @FXML
    private TableColumn<Tier, String> tierCodeColumn;
    @FXML
    private TableColumn<Tier, String> tierGradesColumn;
    @FXML
    private ListView<JobCategory> jobList;

    public StaffPageView(StaffPageViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        showLeftBox.selectedProperty().bindBidirectional(vm.showLeftProperty());
        countLabel.textProperty().bind(vm.countProperty());
        Tables.bind(employeeNoColumn, RosterEntry::employeeNo);
        Tables.bind(nameColumn, RosterEntry::name);
        Tables.bind(kanaColumn, RosterEntry::kana);
        Tables.bind(departmentColumn, RosterEntry::department);
        Tables.bind(tierColumn, RosterEntry::tier);
        tierColumn.setComparator(Comparator.comparing((String name) -> rankOf(name)));
        Tables.bind(jobColumn, RosterEntry::jobCategory);
        Tables.bind(statusColumn, e -> I18n.label(e.status()));
        Tables.bind(hiredColumn, RosterEntry::hiredOn);
        hiredColumn.setCellFactory(c -> new org.kenshu.ui.common.DateCell<>(state));
        SortedList<RosterEntry> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(staffTable.comparatorProperty());
        staffTable.setItems(sorted);
        Tables.emptyText(staffTable, I18n.t("staff.empty"));
        Tables.bind(tierRankColumn, Tier::rank);
        Tables.bind(tierNameColumn, Tier::name);
        Tables.bind(tierCodeColumn, Tier::code);
        Tables.bind(tierGradesColumn, Tier::salaryGrades);
        tierTable.setItems(vm.tiers());
        Tables.emptyText(tierTable, I18n.t("staff.tiers.empty"));
        jobList.setItems(vm.jobCategories());
        jobList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(JobCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        vm.departments().addListener((javafx.collections.ListChangeListener<Department>) c -> buildTree());
    }

    private int rankOf(String tierName) {
        return vm.tiers().stream().filter(t -> t.name().equals(tierName)).mapToInt(Tier::rank).findFirst().orElse(0);
    }

    private void buildTree() {
        TreeItem<String> top = new TreeItem<>();
        Map<Long, TreeItem<String>> items = new HashMap<>();
        for (Department d : vm.departments()) {
            items.put(d.id(), new TreeItem<>(d.name()));
        }
        for (Department d : vm.departments()) {
            TreeItem<String> parent = d.parentId() == null ? top : items.getOrDefault(d.parentId(), top);
            parent.getChildren().add(items.get(d.id()));
        }
        top.getChildren().forEach(i -> i.setExpanded(true));
        departmentTree.setRoot(top);
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
        filterField.requestFocus();
    }
}

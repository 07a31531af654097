package org.kenshu.ui.goals.designations;

import java.time.LocalDate;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.DesignationService.Holder;
import org.kenshu.service.goals.Completers.Completer;
import org.kenshu.service.goals.GoalChoices;
import org.kenshu.ui.common.DateCell;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 役割・認定 tab: holders of the year on the left, granting on the right. */
public final class DesignationsView {
    private final DesignationsViewModel vm;
    private final Node root;

    @FXML
    private Label holdersSummary;
    @FXML
    private TableView<Holder> holderTable;
    @FXML
    private TableColumn<Holder, String> holderRoleColumn;
    @FXML
    private TableColumn<Holder, String> holderCohortColumn;
    @FXML
    private TableColumn<Holder, String> holderNoColumn;
    @FXML
    private TableColumn<Holder, String> holderNameColumn;
    @FXML
    private TableColumn<Holder, String> holderDepartmentColumn;
    @FXML
    private TableColumn<Holder, String> holderTierColumn;
    @FXML
    private TableColumn<Holder, LocalDate> holderGrantedColumn;
    @FXML
    private TableColumn<Holder, String> holderNoteColumn;
    @FXML
    private Button revokeButton;
    @FXML
    private ComboBox<DesignationRole> grantRoleBox;
    @FXML
    private TextField cohortField;
    @FXML
    private DatePicker grantedOnPicker;
    @FXML
    private TextField grantNoteField;
    @FXML
    private TextField employeeNoField;
    @FXML
    private Button grantButton;
    @FXML
    private CheckListView<GoalChoices.Named> completerCourseList;
    @FXML
    private RadioButton allCoursesRadio;
    @FXML
    private RadioButton anyCourseRadio;
    @FXML
    private ComboBox<Integer> fromYearBox;
    @FXML
    private Button findCompletersButton;
    @FXML
    private TableView<Completer> completerTable;
    @FXML
    private TableColumn<Completer, String> completerNoColumn;
    @FXML
    private TableColumn<Completer, String> completerNameColumn;
    @FXML
    private TableColumn<Completer, String> completerDepartmentColumn;
    @FXML
    private TableColumn<Completer, LocalDate> completerDateColumn;
    @FXML
    private Button grantCompletersButton;

    public DesignationsView(DesignationsViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        holdersSummary.textProperty().bind(vm.summaryProperty());
        Tables.bind(holderRoleColumn, Holder::role);
        Tables.bind(holderCohortColumn, h -> text(h.designation().cohort()));
        Tables.bind(holderNoColumn, Holder::employeeNo);
        Tables.bind(holderNameColumn, Holder::name);
        Tables.bind(holderDepartmentColumn, Holder::department);
        Tables.bind(holderTierColumn, Holder::tier);
        Tables.bind(holderGrantedColumn, h -> h.designation().grantedOn());
        holderGrantedColumn.setCellFactory(c -> new DateCell<>(vm.state()));
        Tables.bind(holderNoteColumn, h -> text(h.designation().note()));
        holderTable.setItems(vm.holders());
        holderTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        holderTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Holder>) c ->
                vm.selectedHolders().setAll(holderTable.getSelectionModel().getSelectedItems()));
        Tables.emptyText(holderTable, I18n.t("designations.empty"));
        revokeButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selectedHolders()));
        revokeButton.setOnAction(e -> vm.revokeChosen());

        grantRoleBox.setItems(vm.roles());
        grantRoleBox.setConverter(converter(DesignationRole::name));
        grantRoleBox.valueProperty().bindBidirectional(vm.roleProperty());
        cohortField.textProperty().bindBidirectional(vm.cohortProperty());
        grantedOnPicker.valueProperty().bindBidirectional(vm.grantedOnProperty());
        grantNoteField.textProperty().bindBidirectional(vm.noteProperty());
        employeeNoField.textProperty().bindBidirectional(vm.employeeNoProperty());
        grantButton.setOnAction(e -> vm.grantByEmployeeNo());
        employeeNoField.setOnAction(e -> vm.grantByEmployeeNo());

        completerCourseList.setItems(vm.courses());
        completerCourseList.setCellFactory(l -> new CheckBoxListCell<GoalChoices.Named>(
                item -> completerCourseList.getItemBooleanProperty(item), converter(GoalChoices.Named::name)));
        completerCourseList.getCheckModel().getCheckedItems().addListener((ListChangeListener<GoalChoices.Named>) c -> {
            vm.chosenCourses().clear();
            completerCourseList.getCheckModel().getCheckedItems().forEach(n -> vm.chosenCourses().add(n.id()));
        });
        ToggleGroup mode = new ToggleGroup();
        allCoursesRadio.setToggleGroup(mode);
        anyCourseRadio.setToggleGroup(mode);
        allCoursesRadio.setSelected(true);
        allCoursesRadio.selectedProperty().addListener((o, a, b) -> vm.allCoursesProperty().set(b));
        int year = vm.state().fiscalYear();
        fromYearBox.getItems().setAll(IntStream.rangeClosed(year - 10, year).boxed().toList());
        fromYearBox.setConverter(converter(y -> Wareki.fiscalYear(y, vm.state().era())));
        fromYearBox.valueProperty().bindBidirectional(vm.fromYearProperty());
        findCompletersButton.setOnAction(e -> vm.findCompleters());
        Tables.bind(completerNoColumn, Completer::employeeNo);
        Tables.bind(completerNameColumn, Completer::name);
        Tables.bind(completerDepartmentColumn, Completer::department);
        Tables.bind(completerDateColumn, Completer::completedOn);
        completerDateColumn.setCellFactory(c -> new DateCell<>(vm.state()));
        completerTable.setItems(vm.completers());
        completerTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        completerTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Completer>) c ->
                vm.chosenCompleters().setAll(completerTable.getSelectionModel().getSelectedItems()));
        Tables.emptyText(completerTable, I18n.t("designations.completersEmpty"));
        grantCompletersButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.chosenCompleters()));
        grantCompletersButton.setOnAction(e -> vm.grantToChosenCompleters());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    public Node root() {
        return root;
    }
}

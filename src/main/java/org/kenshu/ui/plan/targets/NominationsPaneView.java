package org.kenshu.ui.plan.targets;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kenshu.model.I18n;
import org.kenshu.service.targets.AssignStrategy;
import org.kenshu.service.targets.Member;
import org.kenshu.service.targets.PlannedCourse;
import org.kenshu.service.targets.Target;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 指名 pane (a tab of the 年度計画 page): binds the view model and builds the board's columns. */
public final class NominationsPaneView implements PageView {
    private final NominationsPaneViewModel vm;
    private final AppState state;
    private final Node root;
    private ListView<Member> selectedList;

    @FXML
    private ComboBox<PlannedCourse> courseBox;
    @FXML
    private DatePicker referenceDatePicker;
    @FXML
    private Button generateButton;
    @FXML
    private Button nominateButton;
    @FXML
    private Button applyButton;
    @FXML
    private Label capacityLabel;
    @FXML
    private TextField filterField;
    @FXML
    private CheckBox notEnrolledOnlyBox;
    @FXML
    private TableView<Target> targetTable;
    @FXML
    private TableColumn<Target, String> employeeNoColumn;
    @FXML
    private TableColumn<Target, String> nameColumn;
    @FXML
    private TableColumn<Target, String> departmentColumn;
    @FXML
    private TableColumn<Target, String> tierColumn;
    @FXML
    private TableColumn<Target, String> reasonColumn;
    @FXML
    private TableColumn<Target, String> enrolledColumn;
    @FXML
    private Label targetSummaryLabel;
    @FXML
    private ComboBox<AssignStrategy> strategyBox;
    @FXML
    private Button assignButton;
    @FXML
    private Button moveButton;
    @FXML
    private Button declineButton;
    @FXML
    private HBox boardBox;

    public NominationsPaneView(NominationsPaneViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        courseBox.setItems(vm.courses());
        courseBox.setCellFactory(l -> new CourseCell());
        courseBox.setButtonCell(new CourseCell());
        courseBox.valueProperty().bindBidirectional(vm.courseProperty());
        referenceDatePicker.setConverter(new DateText());
        referenceDatePicker.valueProperty().bindBidirectional(vm.referenceDateProperty());
        generateButton.setOnAction(e -> vm.generate());
        generateButton.disableProperty().bind(vm.courseProperty().isNull());
        nominateButton.setOnAction(e -> vm.nominate());
        nominateButton.disableProperty().bind(vm.canNominateProperty().not());
        nominateButton.visibleProperty().bind(vm.applicationCourseProperty().not());
        nominateButton.managedProperty().bind(nominateButton.visibleProperty());
        applyButton.visibleProperty().bind(vm.applicationCourseProperty());
        applyButton.managedProperty().bind(applyButton.visibleProperty());
        applyButton.setOnAction(e -> vm.recordApplications(List.copyOf(targetTable.getSelectionModel()
                .getSelectedItems())));
        capacityLabel.textProperty().bind(vm.capacitySummaryProperty());
        capacityLabel.managedProperty().bind(capacityLabel.textProperty().isNotEmpty());
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        notEnrolledOnlyBox.selectedProperty().bindBidirectional(vm.notEnrolledOnlyProperty());
        bindTargetTable();
        targetSummaryLabel.textProperty().bind(vm.targetSummaryProperty());
        strategyBox.getItems().setAll(AssignStrategy.values());
        strategyBox.setConverter(new StrategyText());
        strategyBox.valueProperty().bindBidirectional(vm.strategyProperty());
        assignButton.setOnAction(e -> vm.board().assign());
        assignButton.disableProperty().bind(vm.courseProperty().isNull());
        moveButton.setOnAction(e -> vm.board().moveToOtherSession(selectedMember()));
        declineButton.setOnAction(e -> vm.board().decline(selectedMember()));
        vm.columns().addListener((ListChangeListener<BoardColumn>) c -> buildBoard());
    }

    private void bindTargetTable() {
        Tables.bind(employeeNoColumn, Target::employeeNo);
        Tables.bind(nameColumn, Target::name);
        Tables.bind(departmentColumn, Target::department);
        Tables.bind(tierColumn, Target::tier);
        Tables.bind(reasonColumn, Target::reason);
        Tables.bind(enrolledColumn, t -> NominationTexts.enrollment(t, vm.applicationCourseProperty().get()));
        SortedList<Target> sorted = new SortedList<>(vm.shownTargets());
        sorted.comparatorProperty().bind(targetTable.comparatorProperty());
        targetTable.setItems(sorted);
        targetTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Tables.emptyText(targetTable, vm.emptyTextProperty().get());
        vm.emptyTextProperty().addListener((obs, old, text) -> Tables.emptyText(targetTable, text));
    }

    private void buildBoard() {
        selectedList = null;
        if (vm.columns().isEmpty() || vm.courseProperty().get() == null) {
            Label hint = new Label(I18n.t("nominations.chooseCourse"));
            hint.getStyleClass().add("empty-state");
            boardBox.getChildren().setAll(hint);
            return;
        }
        boardBox.getChildren().setAll(vm.columns().stream()
                .map(col -> new BoardColumnNode(col, vm.board(), this::selected)).toList());
    }

    /** One selection across the board: choosing a person in one list clears the others. */
    private void selected(ListView<Member> list) {
        if (selectedList != null && selectedList != list) {
            selectedList.getSelectionModel().clearSelection();
        }
        selectedList = list;
    }

    private Member selectedMember() {
        return selectedList == null ? null : selectedList.getSelectionModel().getSelectedItem();
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

    private static final class CourseCell extends ListCell<PlannedCourse> {
        @Override
        protected void updateItem(PlannedCourse c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : I18n.t("nominations.courseItem", c.name(), I18n.label(c.mode()),
                    c.sessions()));
        }
    }

    private final class DateText extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : state.shortDate(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return vm.referenceDateProperty().get();
        }
    }

    private static final class StrategyText extends StringConverter<AssignStrategy> {
        @Override
        public String toString(AssignStrategy s) {
            return s == null ? "" : I18n.label(s);
        }

        @Override
        public AssignStrategy fromString(String text) {
            return null;
        }
    }
}

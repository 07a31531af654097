package org.kenshu.ui.plan;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.kenshu.model.I18n;
import org.kenshu.service.plan.checks.PlanWarning;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 年度計画 page: toolbar, the five tabs and the session panel on the right. */
public final class PlanPageView implements PageView {
    private final PlanPageViewModel vm;
    private final AppState state;
    private final Node root;

    @FXML
    private Label statusLabel;
    @FXML
    private Button createButton;
    @FXML
    private Button copyButton;
    @FXML
    private Button addButton;
    @FXML
    private Button fixButton;
    @FXML
    private TabPane planTabs;
    @FXML
    private javafx.scene.layout.HBox planToolbar;
    @FXML
    private Tab curriculumTab;
    @FXML
    private Tab coverageTab;
    @FXML
    private Tab checksTab;
    @FXML
    private TextField filterField;
    @FXML
    private ToggleButton byMonthButton;
    @FXML
    private ToggleButton byCourseButton;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<PlanListRow> sessionTable;
    @FXML
    private TableColumn<PlanListRow, PlanListRow> dateColumn;
    @FXML
    private TableColumn<PlanListRow, String> courseColumn;
    @FXML
    private TableColumn<PlanListRow, String> sessionColumn;
    @FXML
    private TableColumn<PlanListRow, String> typeColumn;
    @FXML
    private TableColumn<PlanListRow, String> venueColumn;
    @FXML
    private TableColumn<PlanListRow, String> instructorColumn;
    @FXML
    private TableColumn<PlanListRow, Integer> capacityColumn;
    @FXML
    private TableColumn<PlanListRow, Integer> enrolledColumn;
    @FXML
    private TableColumn<PlanListRow, String> statusColumn;
    @FXML
    private TableView<PlanWarning> checkTable;
    @FXML
    private TableColumn<PlanWarning, String> checkDateColumn;
    @FXML
    private TableColumn<PlanWarning, String> checkKindColumn;
    @FXML
    private TableColumn<PlanWarning, String> checkSessionColumn;
    @FXML
    private TableColumn<PlanWarning, String> checkMessageColumn;
    @FXML
    private StackPane calendarHost;
    @FXML
    private StackPane curriculumHost;
    @FXML
    private StackPane coverageHost;
    @FXML
    private StackPane editorHost;

    /** The 指名 tab (targets, nominations, sessions): its own view, refreshed when shown. */
    private PageView nominations;
    private Tab nominationsTab;

    /** The plan page with a 指名 tab holding {@code nominationsPane}. */
    public PlanPageView(PlanPageViewModel vm, AppState state, PageView nominationsPane) {
        this(vm, state);
        nominations = nominationsPane;
        nominationsTab = new Tab(org.kenshu.model.I18n.t("plan.tab.nominations"), nominationsPane.root());
        nominationsTab.setId("nominationsTab");
        planTabs.getTabs().add(1, nominationsTab);
    }

    public PlanPageView(PlanPageViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(vm.statusProperty());
        createButton.visibleProperty().bind(vm.hasPlanProperty().not());
        createButton.managedProperty().bind(createButton.visibleProperty());
        fixButton.visibleProperty().bind(vm.hasPlanProperty());
        fixButton.managedProperty().bind(fixButton.visibleProperty());
        fixButton.textProperty().bind(vm.fixLabelProperty());
        createButton.setOnAction(e -> vm.createEmptyPlan());
        copyButton.setOnAction(e -> vm.copyLastYear());
        addButton.setOnAction(e -> vm.addSession());
        fixButton.setOnAction(e -> vm.toggleFixed());
        sessionList();
        checks();
        calendarHost.getChildren().setAll(new YearCalendarView(vm).root());
        curriculumHost.getChildren().setAll(new CurriculumView(vm.curriculum()).root());
        coverageHost.getChildren().setAll(new CoverageView(vm.coverage()).root());
        Node editor = new SessionEditorView(vm.editor(), state).root();
        editorHost.getChildren().setAll(editor);
        editorHost.visibleProperty().bind(vm.editor().activeProperty());
        editorHost.managedProperty().bind(editorHost.visibleProperty());
        planTabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> refreshLazyTab());
    }

    private void sessionList() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        byMonthButton.setOnAction(e -> group(PlanListRow.Grouping.MONTH));
        byCourseButton.setOnAction(e -> group(PlanListRow.Grouping.COURSE));
        Tables.bind(dateColumn, r -> r);
        dateColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PlanListRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.isHeading() ? r.heading() : PlanPageViewModel.days(r.session()));
            }
        });
        Tables.bind(courseColumn, r -> r.isHeading() ? null : r.session().course());
        Tables.bind(sessionColumn, r -> r.isHeading() ? null : I18n.t("session.number", r.session().sessionNo()));
        Tables.bind(typeColumn, r -> r.isHeading() ? null : r.session().typeName());
        Tables.bind(venueColumn, r -> r.isHeading() ? null : r.session().venue());
        Tables.bind(instructorColumn, r -> r.isHeading() ? null : r.session().instructor());
        Tables.bind(capacityColumn, r -> r.isHeading() ? null : r.session().capacity());
        Tables.bind(enrolledColumn, r -> r.isHeading() ? null : r.session().enrolled());
        Tables.bind(statusColumn, r -> r.isHeading() ? null : I18n.label(r.session().status()));
        sessionTable.setItems(vm.rows());
        sessionTable.setRowFactory(t -> {
            TableRow<PlanListRow> row = new TableRow<>() {
                @Override
                protected void updateItem(PlanListRow r, boolean empty) {
                    super.updateItem(r, empty);
                    pseudoClassStateChanged(HEADING, !empty && r != null && r.isHeading());
                    pseudoClassStateChanged(CANCELLED, !empty && r != null && !r.isHeading()
                            && r.session().status() == org.kenshu.model.SessionStatus.CANCELLED);
                }
            };
            row.setOnMouseClicked(e -> openRow(row.getItem()));
            return row;
        });
        sessionTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openRow(sessionTable.getSelectionModel().getSelectedItem());
            }
        });
        vm.emptyTextProperty().addListener((obs, old, text) -> Tables.emptyText(sessionTable, text));
    }

    private static final javafx.css.PseudoClass HEADING = javafx.css.PseudoClass.getPseudoClass("heading");
    private static final javafx.css.PseudoClass CANCELLED = javafx.css.PseudoClass.getPseudoClass("cancelled");

    private void group(PlanListRow.Grouping g) {
        vm.groupingProperty().set(g);
        byMonthButton.setSelected(g == PlanListRow.Grouping.MONTH);
        byCourseButton.setSelected(g == PlanListRow.Grouping.COURSE);
    }

    private void openRow(PlanListRow r) {
        if (r != null && !r.isHeading()) {
            vm.openSession(r.session().sessionId());
        }
    }

    private void checks() {
        checksTab.textProperty().bind(vm.warningsTitleProperty());
        Tables.bind(checkDateColumn, w -> w.date() == null ? "" : state.shortDate(w.date()) + "("
                + org.kenshu.model.Wareki.weekday(w.date().getDayOfWeek()) + ")");
        Tables.bind(checkKindColumn, w -> I18n.label(w.kind()));
        Tables.bind(checkSessionColumn, w -> I18n.t("check.sessionLabel", w.course(), w.sessionNo()));
        Tables.bind(checkMessageColumn, PlanWarning::message);
        checkTable.setItems(vm.warnings());
        Tables.emptyText(checkTable, I18n.t("plan.checks.empty"));
        checkTable.setRowFactory(t -> {
            TableRow<PlanWarning> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (row.getItem() != null) {
                    vm.openSession(row.getItem().sessionId());
                }
            });
            return row;
        });
    }

    /** The curriculum and coverage are read when their tab is shown (they count staff). */
    private void refreshLazyTab() {
        Tab tab = planTabs.getSelectionModel().getSelectedItem();
        if (tab == curriculumTab) {
            vm.curriculum().refresh();
        } else if (tab == coverageTab) {
            vm.coverage().refresh();
        } else if (tab != null && tab == nominationsTab) {
            nominations.refresh();
        }
    }

    /** Puts the page's import buttons (年度研修計画・受講者名簿) before its own buttons. */
    public void placeImportButtons(javafx.scene.control.Button... buttons) {
        planToolbar.getChildren().addAll(3, java.util.List.of(buttons));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
        refreshLazyTab();
    }

    @Override
    public void focusFilter() {
        planTabs.getSelectionModel().selectFirst();
        filterField.requestFocus();
    }

    @Override
    public void save() {
        vm.editor().save();
    }
}

package org.kenshu.ui.plan;

import java.util.Comparator;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.kenshu.model.I18n;
import org.kenshu.service.SessionEntry;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 年度計画 page. */
public final class PlanPageView implements PageView {
    private final PlanPageViewModel vm;
    private final Node root;

    @FXML
    private TextField filterField;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<SessionEntry> sessionTable;
    @FXML
    private TableColumn<SessionEntry, SessionEntry> dateColumn;
    @FXML
    private TableColumn<SessionEntry, String> courseColumn;
    @FXML
    private TableColumn<SessionEntry, String> sessionColumn;
    @FXML
    private TableColumn<SessionEntry, String> typeColumn;
    @FXML
    private TableColumn<SessionEntry, String> venueColumn;
    @FXML
    private TableColumn<SessionEntry, String> instructorColumn;
    @FXML
    private TableColumn<SessionEntry, Integer> capacityColumn;
    @FXML
    private TableColumn<SessionEntry, Integer> enrolledColumn;
    @FXML
    private TableColumn<SessionEntry, String> statusColumn;

    public PlanPageView(PlanPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        Tables.bind(dateColumn, s -> s);
        dateColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(SessionEntry s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : PlanPageViewModel.days(s));
            }
        });
        dateColumn.setComparator(Comparator.comparing(SessionEntry::firstDay,
                Comparator.nullsLast(Comparator.naturalOrder())));
        Tables.bind(courseColumn, SessionEntry::course);
        Tables.bind(sessionColumn, s -> I18n.t("session.number", s.sessionNo()));
        Tables.bind(typeColumn, SessionEntry::typeName);
        Tables.bind(venueColumn, SessionEntry::venue);
        Tables.bind(instructorColumn, SessionEntry::instructor);
        Tables.bind(capacityColumn, SessionEntry::capacity);
        Tables.bind(enrolledColumn, SessionEntry::enrolled);
        Tables.bind(statusColumn, s -> I18n.label(s.status()));
        SortedList<SessionEntry> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(sessionTable.comparatorProperty());
        sessionTable.setItems(sorted);
        vm.emptyTextProperty().addListener((obs, old, text) -> Tables.emptyText(sessionTable, text));
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

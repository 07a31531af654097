package org.kenshu.ui.catalog;

import java.math.BigDecimal;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.kenshu.model.I18n;
import org.kenshu.service.CourseEntry;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 研修カタログ page: the course table with its form, and the course-type and provider tabs. */
public final class CatalogPageView implements PageView {
    private final CatalogPageViewModel vm;
    private final Node root;

    @FXML
    private TextField filterField;
    @FXML
    private CheckBox showRetiredBox;
    @FXML
    private Label countLabel;
    @FXML
    private Button newButton;
    @FXML
    private Button copyButton;
    @FXML
    private Button retireButton;
    @FXML
    private TableView<CourseEntry> courseTable;
    @FXML
    private TableColumn<CourseEntry, String> typeColumn;
    @FXML
    private TableColumn<CourseEntry, String> nameColumn;
    @FXML
    private TableColumn<CourseEntry, String> providerColumn;
    @FXML
    private TableColumn<CourseEntry, String> formatColumn;
    @FXML
    private TableColumn<CourseEntry, BigDecimal> daysColumn;
    @FXML
    private TableColumn<CourseEntry, BigDecimal> hoursColumn;
    @FXML
    private TableColumn<CourseEntry, Integer> capacityColumn;
    @FXML
    private TableColumn<CourseEntry, String> modeColumn;
    @FXML
    private TableColumn<CourseEntry, String> targetColumn;
    @FXML
    private TableColumn<CourseEntry, Integer> costColumn;
    @FXML
    private StackPane editorHost;
    @FXML
    private StackPane typesHost;
    @FXML
    private StackPane providersHost;

    public CatalogPageView(CatalogPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        showRetiredBox.selectedProperty().bindBidirectional(vm.showRetiredProperty());
        countLabel.textProperty().bind(vm.countProperty());
        columns();
        SortedList<CourseEntry> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(courseTable.comparatorProperty());
        courseTable.setItems(sorted);
        Tables.emptyText(courseTable, I18n.t("catalog.empty"));
        courseTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CourseEntry e, boolean empty) {
                super.updateItem(e, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("retired"),
                        !empty && e != null && e.course().retired());
            }
        });
        courseTable.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && e != vm.selectedProperty().get()) {
                vm.selectedProperty().set(e);
            }
        });
        vm.selectedProperty().addListener((o, a, e) -> {
            if (e == null) {
                courseTable.getSelectionModel().clearSelection();
            } else if (courseTable.getSelectionModel().getSelectedItem() != e) {
                courseTable.getSelectionModel().select(e);
                courseTable.scrollTo(e);
            }
        });
        newButton.setOnAction(e -> vm.newCourse());
        copyButton.setOnAction(e -> vm.copySelected());
        retireButton.setOnAction(e -> vm.toggleRetired());
        retireButton.textProperty().bind(vm.retireLabelProperty());
        copyButton.disableProperty().bind(vm.selectedProperty().isNull());
        retireButton.disableProperty().bind(vm.selectedProperty().isNull());
        editorHost.getChildren().setAll(new CourseEditorView(vm.editor()).root());
        typesHost.getChildren().setAll(new CourseTypesView(vm.types()).root());
        providersHost.getChildren().setAll(new ProvidersView(vm.providers()).root());
    }

    private void columns() {
        Tables.bind(typeColumn, CourseEntry::typeName);
        Tables.bind(nameColumn, e -> e.course().retired() ? I18n.t("catalog.retiredName", e.course().name())
                : e.course().name());
        Tables.bind(providerColumn, CourseEntry::providerName);
        Tables.bind(formatColumn, e -> I18n.label(e.course().format()));
        Tables.bind(daysColumn, e -> strip(e.course().days()));
        Tables.bind(hoursColumn, e -> strip(e.course().hours()));
        Tables.bind(capacityColumn, e -> e.course().defaultCapacity());
        Tables.bind(modeColumn, e -> I18n.label(e.course().mode()));
        Tables.bind(targetColumn, CourseEntry::targetTiers);
        Tables.bind(costColumn, e -> e.course().costPerHead());
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
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

    @Override
    public void save() {
        vm.editor().save();
    }
}

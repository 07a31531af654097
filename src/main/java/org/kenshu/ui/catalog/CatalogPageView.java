package org.kenshu.ui.catalog;

import java.math.BigDecimal;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.kenshu.model.I18n;
import org.kenshu.service.CourseEntry;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 研修カタログ page. */
public final class CatalogPageView implements PageView {
    private final CatalogPageViewModel vm;
    private final Node root;

    @FXML
    private TextField filterField;
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

    public CatalogPageView(CatalogPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        Tables.bind(typeColumn, CourseEntry::typeName);
        Tables.bind(nameColumn, e -> e.course().name());
        Tables.bind(providerColumn, CourseEntry::providerName);
        Tables.bind(formatColumn, e -> I18n.label(e.course().format()));
        Tables.bind(daysColumn, e -> strip(e.course().days()));
        Tables.bind(hoursColumn, e -> strip(e.course().hours()));
        Tables.bind(capacityColumn, e -> e.course().defaultCapacity());
        Tables.bind(modeColumn, e -> I18n.label(e.course().mode()));
        Tables.bind(targetColumn, CourseEntry::targetTiers);
        Tables.bind(costColumn, e -> e.course().costPerHead());
        SortedList<CourseEntry> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(courseTable.comparatorProperty());
        courseTable.setItems(sorted);
        Tables.emptyText(courseTable, I18n.t("catalog.empty"));
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
}

package org.kenshu.ui.reports;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kenshu.model.I18n;
import org.kenshu.service.ReportOverview;
import org.kenshu.ui.common.PageView;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 帳票 page. */
public final class ReportsPageView implements PageView {
    private final ReportsPageViewModel vm;
    private final Node root;

    @FXML
    private TableView<ReportOverview> reportTable;
    @FXML
    private TableColumn<ReportOverview, String> nameColumn;
    @FXML
    private TableColumn<ReportOverview, String> descriptionColumn;
    @FXML
    private TableColumn<ReportOverview, String> dataColumn;

    public ReportsPageView(ReportsPageViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(nameColumn, r -> I18n.label(r.kind()));
        Tables.bind(descriptionColumn, r -> I18n.t("report." + r.kind().cliName() + ".description"));
        Tables.bind(dataColumn, ReportOverview::dataSummary);
        reportTable.setItems(vm.overview());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }
}

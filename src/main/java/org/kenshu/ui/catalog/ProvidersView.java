package org.kenshu.ui.catalog;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.kenshu.model.I18n;
import org.kenshu.model.Provider;
import org.kenshu.ui.common.Tables;
import org.kenshu.ui.common.ViewLoader;

/** 研修機関 tab: the providers and the form for the selected (or a new) one. */
public final class ProvidersView {
    private final ProvidersViewModel vm;
    private final Node root;

    @FXML
    private TableView<Provider> providerTable;
    @FXML
    private TableColumn<Provider, String> providerNameColumn;
    @FXML
    private TableColumn<Provider, String> internalColumn;
    @FXML
    private TableColumn<Provider, String> noteColumn;
    @FXML
    private Label formTitle;
    @FXML
    private TextField providerNameField;
    @FXML
    private CheckBox internalBox;
    @FXML
    private TextArea providerNoteArea;
    @FXML
    private Button providerSaveButton;
    @FXML
    private Button providerNewButton;
    @FXML
    private Button providerDeleteButton;

    public ProvidersView(ProvidersViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        Tables.bind(providerNameColumn, Provider::name);
        Tables.bind(internalColumn, p -> I18n.t(p.internal() ? "providers.kind.internal" : "providers.kind.external"));
        Tables.bind(noteColumn, Provider::note);
        providerTable.setItems(vm.providers());
        Tables.emptyText(providerTable, I18n.t("providers.empty"));
        providerTable.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && p != vm.selectedProperty().get()) {
                vm.selectedProperty().set(p);
            }
        });
        vm.selectedProperty().addListener((o, a, p) -> {
            if (p == null) {
                providerTable.getSelectionModel().clearSelection();
            } else if (providerTable.getSelectionModel().getSelectedItem() != p) {
                providerTable.getSelectionModel().select(p);
            }
        });
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.when(vm.selectedProperty().isNull())
                .then(I18n.t("providers.newTitle")).otherwise(I18n.t("providers.editTitle")));
        providerNameField.textProperty().bindBidirectional(vm.nameProperty());
        internalBox.selectedProperty().bindBidirectional(vm.internalProperty());
        providerNoteArea.textProperty().bindBidirectional(vm.noteProperty());
        providerDeleteButton.disableProperty().bind(vm.selectedProperty().isNull());
        providerSaveButton.setOnAction(e -> vm.save());
        providerNewButton.setOnAction(e -> vm.newProvider());
        providerDeleteButton.setOnAction(e -> vm.delete());
    }

    public Node root() {
        return root;
    }
}

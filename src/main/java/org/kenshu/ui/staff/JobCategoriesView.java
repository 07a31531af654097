package org.kenshu.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.ui.common.Cells;
import org.kenshu.ui.common.FormKeys;
import org.kenshu.ui.common.ViewLoader;

/** 職種 tab: the list (Alt+↑/↓ to reorder) and the form for the selected job category. */
public final class JobCategoriesView {
    private final JobCategoriesViewModel vm;
    private final Node root;

    @FXML
    private ListView<JobCategory> jobList;
    @FXML
    private Label jobEmptyLabel;
    @FXML
    private Button jobUpButton;
    @FXML
    private Button jobDownButton;
    @FXML
    private Button jobRetireButton;
    @FXML
    private Button jobRestoreButton;
    @FXML
    private Button jobAddButton;
    @FXML
    private Label jobFormTitle;
    @FXML
    private VBox jobForm;
    @FXML
    private TextField jobNameField;
    @FXML
    private TextField jobCodeField;
    @FXML
    private javafx.scene.control.TextArea jobDescriptionArea;
    @FXML
    private Label jobErrorLabel;
    @FXML
    private Button jobSaveButton;
    @FXML
    private Button jobCancelButton;

    JobCategoriesView(JobCategoriesViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        jobList.setItems(vm.jobs());
        Cells.label(jobList, j -> j.retired() ? j.name() + "　" + I18n.t("tier.retiredState") : j.name());
        jobEmptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.jobs()));
        jobList.getSelectionModel().selectedItemProperty().addListener((obs, old, job) -> {
            if (job != null && job != vm.selectedProperty().get()) {
                vm.selectedProperty().set(job);
            }
        });
        vm.selectedProperty().addListener((obs, old, job) -> {
            if (job == null) {
                jobList.getSelectionModel().clearSelection();
            } else if (jobList.getSelectionModel().getSelectedItem() != job) {
                jobList.getItems().stream().filter(x -> x.id() == job.id()).findFirst()
                        .ifPresent(x -> jobList.getSelectionModel().select(x));
            }
        });
        jobList.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        var none = vm.selectedProperty().isNull();
        for (Button b : new Button[] {jobUpButton, jobDownButton, jobRetireButton, jobRestoreButton}) {
            b.disableProperty().bind(none);
        }
        jobUpButton.setOnAction(e -> vm.moveSelected(-1));
        jobDownButton.setOnAction(e -> vm.moveSelected(1));
        jobRetireButton.setOnAction(e -> vm.retire(true));
        jobRestoreButton.setOnAction(e -> vm.retire(false));
        jobAddButton.setOnAction(e -> {
            vm.newJobCategory();
            jobNameField.requestFocus();
        });
        jobFormTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.creatingProperty()
                .get() ? I18n.t("jobCategory.newTitle") : vm.selectedProperty().get() == null
                        ? I18n.t("jobCategory.chooseFirst") : I18n.t("jobCategory.editTitle"),
                vm.creatingProperty(), vm.selectedProperty()));
        jobForm.disableProperty().bind(vm.selectedProperty().isNull().and(vm.creatingProperty().not()));
        jobNameField.textProperty().bindBidirectional(vm.nameProperty());
        jobCodeField.textProperty().bindBidirectional(vm.codeProperty());
        jobDescriptionArea.textProperty().bindBidirectional(vm.descriptionProperty());
        jobErrorLabel.textProperty().bind(vm.errorProperty());
        jobSaveButton.setOnAction(e -> vm.save());
        jobCancelButton.setOnAction(e -> vm.cancel());
        FormKeys.install(jobForm, vm::save, vm::cancel);
    }

    void save() {
        vm.save();
    }

    Node root() {
        return root;
    }
}

package org.kenshu.ui.catalog;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.I18n;
import org.kenshu.model.Provider;
import org.kenshu.service.catalog.CatalogChoices.CompetencyChoice;
import org.kenshu.ui.common.ViewLoader;

/** The course form beside the catalog table: binds {@link CourseForm} and delegates to {@link CourseEditorViewModel}. */
public final class CourseEditorView {
    private final CourseEditorViewModel vm;
    private final Node root;

    @FXML
    private Label placeholder;
    @FXML
    private VBox formBox;
    @FXML
    private Label courseTitleLabel;
    @FXML
    private TextField courseNameField;
    @FXML
    private TextField codeField;
    @FXML
    private ComboBox<CourseType> typeBox;
    @FXML
    private ComboBox<Provider> providerBox;
    @FXML
    private ComboBox<DeliveryFormat> formatBox;
    @FXML
    private TextField daysField;
    @FXML
    private TextField hoursField;
    @FXML
    private TextField capacityField;
    @FXML
    private TextField costField;
    @FXML
    private RadioButton nominationRadio;
    @FXML
    private RadioButton applicationRadio;
    @FXML
    private TextArea descriptionArea;
    @FXML
    private FlowPane tierPane;
    @FXML
    private FlowPane jobPane;
    @FXML
    private TextField yearsFromField;
    @FXML
    private TextField yearsToField;
    @FXML
    private TextField promotedField;
    @FXML
    private ComboBox<Course> notCompletedBox;
    @FXML
    private CheckBox activeOnlyBox;
    @FXML
    private ListView<Pick<CompetencyChoice>> competencyList;
    @FXML
    private TextArea aliasArea;
    @FXML
    private Button courseSaveButton;
    @FXML
    private Button courseRevertButton;

    public CourseEditorView(CourseEditorViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        CourseForm f = vm.form();
        formBox.visibleProperty().bind(vm.activeProperty());
        placeholder.visibleProperty().bind(vm.activeProperty().not());
        courseTitleLabel.textProperty().bind(vm.titleProperty());
        courseNameField.textProperty().bindBidirectional(f.name);
        codeField.textProperty().bindBidirectional(f.code);
        typeBox.setItems(f.types);
        cells(typeBox, CourseType::name, "");
        typeBox.valueProperty().bindBidirectional(f.type);
        providerBox.setItems(withNone(f.providers));
        cells(providerBox, p -> p.name() + (p.internal() ? I18n.t("providers.internalSuffix") : ""),
                I18n.t("course.noProvider"));
        providerBox.valueProperty().bindBidirectional(f.provider);
        formatBox.getItems().setAll(DeliveryFormat.values());
        cells(formatBox, I18n::label, "");
        formatBox.valueProperty().bindBidirectional(f.format);
        daysField.textProperty().bindBidirectional(f.days);
        hoursField.textProperty().bindBidirectional(f.hours);
        capacityField.textProperty().bindBidirectional(f.capacity);
        costField.textProperty().bindBidirectional(f.cost);
        modeRadios(f);
        descriptionArea.textProperty().bindBidirectional(f.description);
        checkBoxes(tierPane, f.tiers, "tier");
        checkBoxes(jobPane, f.jobs, "job");
        yearsFromField.textProperty().bindBidirectional(f.yearsFrom);
        yearsToField.textProperty().bindBidirectional(f.yearsTo);
        promotedField.textProperty().bindBidirectional(f.promotedWithin);
        notCompletedBox.setItems(withNone(f.courses));
        cells(notCompletedBox, Course::name, I18n.t("course.target.noCondition"));
        notCompletedBox.valueProperty().bindBidirectional(f.notCompleted);
        activeOnlyBox.selectedProperty().bindBidirectional(f.activeOnly);
        competencyList.setItems(f.competencies);
        competencyList.setCellFactory(CheckBoxListCell.forListView(Pick::selectedProperty));
        aliasArea.textProperty().bindBidirectional(f.aliases);
        courseSaveButton.setOnAction(e -> vm.save());
        courseRevertButton.setOnAction(e -> vm.revert());
    }

    private void modeRadios(CourseForm f) {
        nominationRadio.setUserData(EnrollmentMode.NOMINATION);
        applicationRadio.setUserData(EnrollmentMode.APPLICATION);
        Runnable show = () -> (f.mode.get() == EnrollmentMode.APPLICATION ? applicationRadio : nominationRadio)
                .setSelected(true);
        f.mode.addListener((o, a, b) -> show.run());
        show.run();
        nominationRadio.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                f.mode.set((EnrollmentMode) b.getUserData());
            }
        });
    }

    /** One check box per pick, rebuilt when the choices change (ids: tierBox1, jobBox2 … by position). */
    private static <T> void checkBoxes(FlowPane pane, ObservableList<Pick<T>> picks, String idPrefix) {
        Runnable build = () -> {
            pane.getChildren().clear();
            int i = 0;
            for (Pick<T> p : picks) {
                CheckBox box = new CheckBox(p.label());
                box.setId(idPrefix + "Box" + (++i));
                box.selectedProperty().bindBidirectional(p.selectedProperty());
                pane.getChildren().add(box);
            }
        };
        picks.addListener((ListChangeListener<Pick<T>>) c -> build.run());
        build.run();
    }

    /** The list with a leading null entry ("none"), kept in step with the source. */
    private static <T> ObservableList<T> withNone(ObservableList<T> source) {
        ObservableList<T> list = javafx.collections.FXCollections.observableArrayList();
        Runnable copy = () -> {
            List<T> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(source);
            list.setAll(items);
        };
        source.addListener((ListChangeListener<T>) c -> copy.run());
        copy.run();
        return list;
    }

    private static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> label, String none) {
        Callback<ListView<T>, ListCell<T>> factory = l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : label.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }

    public Node root() {
        return root;
    }
}

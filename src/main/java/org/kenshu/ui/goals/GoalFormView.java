package org.kenshu.ui.goals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.GoalKind;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Pillar;
import org.kenshu.model.Tier;
import org.kenshu.model.Wareki;
import org.kenshu.service.goals.GoalChoices;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ViewLoader;

/** The form of one goal of the register. Only the parameters the chosen kind uses are shown. */
public final class GoalFormView {
    private final GoalFormViewModel vm;
    private final AppState state;
    private final Node root;
    /** True while the view sets checks from the view model (so those changes are not echoed back). */
    private boolean syncing;

    @FXML
    private TextField codeField;
    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<GoalKind> kindBox;
    @FXML
    private TextField targetField;
    @FXML
    private TextField unitField;
    @FXML
    private VBox courseBox;
    @FXML
    private RadioButton byTypeRadio;
    @FXML
    private RadioButton byListRadio;
    @FXML
    private ComboBox<CourseType> courseTypeBox;
    @FXML
    private CheckListView<GoalChoices.Named> courseList;
    @FXML
    private CheckListView<Tier> tierList;
    @FXML
    private CheckListView<JobCategory> jobList;
    @FXML
    private CheckBox activeOnlyBox;
    @FXML
    private VBox roleBox;
    @FXML
    private ComboBox<DesignationRole> roleCombo;
    @FXML
    private ComboBox<Integer> yearFromBox;
    @FXML
    private ComboBox<Integer> yearToBox;
    @FXML
    private ComboBox<Pillar> pillarBox;
    @FXML
    private TextField descriptionField;
    @FXML
    private Label problemsLabel;
    @FXML
    private Button newGoalButton;
    @FXML
    private Button saveGoalButton;
    @FXML
    private Button deleteGoalButton;

    public GoalFormView(GoalFormViewModel vm, AppState state) {
        this.vm = vm;
        this.state = state;
        this.root = ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        kindBox.getItems().setAll(GoalKind.values());
        kindBox.setConverter(converter(I18n::label));
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        targetField.textProperty().bindBidirectional(vm.targetProperty());
        unitField.textProperty().bindBidirectional(vm.unitProperty());
        ToggleGroup courseMode = new ToggleGroup();
        byTypeRadio.setToggleGroup(courseMode);
        byListRadio.setToggleGroup(courseMode);
        byTypeRadio.setSelected(vm.byTypeProperty().get());
        byListRadio.setSelected(!vm.byTypeProperty().get());
        vm.byTypeProperty().addListener((o, a, b) -> (b ? byTypeRadio : byListRadio).setSelected(true));
        courseMode.selectedToggleProperty().addListener((o, a, t) -> vm.byTypeProperty().set(t == byTypeRadio));
        courseTypeBox.disableProperty().bind(byListRadio.selectedProperty());
        courseList.disableProperty().bind(byTypeRadio.selectedProperty());
        courseTypeBox.setConverter(converter(CourseType::name));
        courseTypeBox.valueProperty().bindBidirectional(vm.courseTypeProperty());
        courseList.setCellFactory(l -> new CheckBoxListCell<GoalChoices.Named>(item -> courseList.getItemBooleanProperty(item),
                converter(GoalChoices.Named::name)));
        tierList.setCellFactory(l -> new CheckBoxListCell<Tier>(item -> tierList.getItemBooleanProperty(item),
                converter(Tier::name)));
        jobList.setCellFactory(l -> new CheckBoxListCell<JobCategory>(item -> jobList.getItemBooleanProperty(item),
                converter(JobCategory::name)));
        activeOnlyBox.selectedProperty().bindBidirectional(vm.activeOnlyProperty());
        roleCombo.setConverter(converter(DesignationRole::name));
        roleCombo.valueProperty().bindBidirectional(vm.roleProperty());
        List<Integer> years = IntStream.rangeClosed(state.fiscalYear() - 10, state.fiscalYear() + 10).boxed().toList();
        for (ComboBox<Integer> box : List.of(yearFromBox, yearToBox)) {
            box.getItems().setAll(years);
            box.getItems().addFirst(null);
            box.setConverter(converter(y -> Wareki.fiscalYear(y, state.era()), I18n.t("goals.form.noYear")));
        }
        yearFromBox.valueProperty().bindBidirectional(vm.yearFromProperty());
        yearToBox.valueProperty().bindBidirectional(vm.yearToProperty());
        pillarBox.setConverter(converter(Pillar::name, I18n.t("goals.form.noPillar")));
        pillarBox.valueProperty().bindBidirectional(vm.pillarProperty());
        descriptionField.textProperty().bindBidirectional(vm.descriptionProperty());
        vm.kindProperty().addListener((o, a, k) -> showFor(k));
        showFor(vm.kindProperty().get());
        vm.choicesProperty().addListener((o, a, c) -> choices(c));
        problemsLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", vm.problems()), vm.problems()));
        problemsLabel.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
        problemsLabel.visibleProperty().bind(problemsLabel.managedProperty());
        newGoalButton.setOnAction(e -> vm.newGoal());
        saveGoalButton.setOnAction(e -> vm.save());
        deleteGoalButton.setOnAction(e -> vm.delete());
    }

    private void choices(GoalChoices c) {
        courseTypeBox.getItems().setAll(c.courseTypes());
        courseList.getItems().setAll(c.courses());
        tierList.getItems().setAll(c.tiers());
        jobList.getItems().setAll(c.jobCategories());
        roleCombo.getItems().setAll(c.roles());
        pillarBox.getItems().setAll(c.pillars());
        pillarBox.getItems().addFirst(null);
        link(courseList, vm.courses(), GoalChoices.Named::id);
        link(tierList, vm.tiers(), Tier::id);
        link(jobList, vm.jobCategories(), JobCategory::id);
    }

    /** Keeps a check list and the view model's set of ids in step, both ways. */
    private <T> void link(CheckListView<T> list, ObservableSet<Long> ids, Function<T, Long> id) {
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing) {
                ids.clear();
                list.getCheckModel().getCheckedItems().forEach(t -> ids.add(id.apply(t)));
            }
        });
        ids.addListener((javafx.collections.SetChangeListener<Long>) c -> check(list, ids, id));
        check(list, ids, id);
    }

    private <T> void check(CheckListView<T> list, ObservableSet<Long> ids, Function<T, Long> id) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (T item : list.getItems()) {
                boolean wanted = ids.contains(id.apply(item));
                if (wanted != list.getCheckModel().isChecked(item)) {
                    if (wanted) {
                        list.getCheckModel().check(item);
                    } else {
                        list.getCheckModel().clearCheck(item);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void showFor(GoalKind k) {
        boolean courses = k == GoalKind.UPTAKE || k == GoalKind.COVERAGE;
        courseBox.setVisible(courses);
        courseBox.setManaged(courses);
        roleBox.setVisible(k == GoalKind.HEADCOUNT);
        roleBox.setManaged(k == GoalKind.HEADCOUNT);
        activeOnlyBox.setVisible(k == GoalKind.COVERAGE);
        activeOnlyBox.setManaged(k == GoalKind.COVERAGE);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return converter(text, "");
    }

    private static <T> StringConverter<T> converter(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
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

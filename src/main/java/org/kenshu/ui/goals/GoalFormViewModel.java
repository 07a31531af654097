package org.kenshu.ui.goals;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.I18n;
import org.kenshu.model.Pillar;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.GoalService;
import org.kenshu.service.goals.GoalChoices;
import org.kenshu.service.goals.GoalRegister;
import org.kenshu.service.goals.GoalRegister.GoalEditException;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 目標の設定: adds, edits and deletes a goal of the register (code, name, kind, target, course set,
 * population, role, years, pillar). Validated before saving, version checked, undoable.
 */
public final class GoalFormViewModel {
    private final GoalService goals;
    private final GoalRegister register;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final Runnable changed;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<GoalKind> kind = new SimpleObjectProperty<>(GoalKind.UPTAKE);
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final BooleanProperty byType = new SimpleBooleanProperty(true);
    private final ObjectProperty<CourseType> courseType = new SimpleObjectProperty<>();
    private final ObservableSet<Long> courses = FXCollections.observableSet();
    private final ObservableSet<Long> tiers = FXCollections.observableSet();
    private final ObservableSet<Long> jobCategories = FXCollections.observableSet();
    private final ObjectProperty<DesignationRole> role = new SimpleObjectProperty<>();
    private final BooleanProperty activeOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> yearFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Pillar> pillar = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<GoalChoices> choices = new ReadOnlyObjectWrapper<>(
            new GoalChoices(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private Goal editing;

    public GoalFormViewModel(GoalService goals, GoalRegister register, TaskRunner tasks, DialogService dialogs,
            UndoStack undo, Runnable changed) {
        this.goals = goals;
        this.register = register;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.changed = changed;
    }

    /** Loads what parameters can be chosen from. */
    public void refresh() {
        tasks.run(I18n.t("task.loading"), p -> goals.choices(), c -> {
            choices.set(c);
            fill(editing);
        });
    }

    /** Shows {@code g} in the form (null: an empty form for a new goal). */
    public void edit(Goal g) {
        editing = g;
        problems.clear();
        fill(g);
    }

    public void newGoal() {
        edit(null);
    }

    private void fill(Goal g) {
        GoalChoices c = choices.get();
        code.set(g == null ? "" : g.code());
        name.set(g == null ? "" : g.name());
        kind.set(g == null ? GoalKind.UPTAKE : g.kind());
        target.set(g == null ? "" : g.targetRate() != null ? GoalFormat.percentField(g.targetRate())
                : g.targetCount() == null ? "" : g.targetCount().toString());
        unit.set(g == null || g.unit() == null ? "" : g.unit());
        byType.set(g == null || g.courseIds().isEmpty());
        courseType.set(g == null ? null : c.courseTypes().stream().filter(t -> t.id() == nz(g.courseTypeId()))
                .findFirst().orElse(null));
        courses.clear();
        tiers.clear();
        jobCategories.clear();
        if (g != null) {
            courses.addAll(g.courseIds());
            tiers.addAll(g.tierIds());
            jobCategories.addAll(g.jobCategoryIds());
        }
        role.set(g == null ? null : c.roles().stream().filter(r -> r.id() == nz(g.designationRoleId())).findFirst()
                .orElse(null));
        activeOnly.set(g == null || g.activeOnly());
        yearFrom.set(g == null ? null : g.fiscalYearFrom());
        yearTo.set(g == null ? null : g.fiscalYearTo());
        pillar.set(g == null ? null : c.pillars().stream().filter(p -> p.id() == nz(g.pillarId())).findFirst()
                .orElse(null));
        description.set(g == null || g.description() == null ? "" : g.description());
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }

    /** The goal as the form describes it; a target that is not a number is reported, not guessed. */
    Goal edited(long id, int version) {
        boolean rateKind = kind.get() == GoalKind.UPTAKE || kind.get() == GoalKind.COVERAGE
                || kind.get() == GoalKind.MANUAL && !"人".equals(unit.get().strip()) && !"件".equals(unit.get().strip());
        BigDecimal rate = null;
        Integer count = null;
        if (!target.get().isBlank()) {
            if (rateKind) {
                rate = GoalFormat.parsePercent(target.get());
            } else {
                count = Integer.valueOf(target.get().strip());
            }
        }
        boolean courseKind = kind.get() == GoalKind.UPTAKE || kind.get() == GoalKind.COVERAGE;
        Long type = courseKind && byType.get() && courseType.get() != null ? courseType.get().id() : null;
        Set<Long> list = courseKind && !byType.get() ? new HashSet<>(courses) : Set.of();
        Long roleId = kind.get() == GoalKind.HEADCOUNT && role.get() != null ? role.get().id() : null;
        String u = unit.get().isBlank() ? (rateKind ? "%" : null) : unit.get().strip();
        return new Goal(id, code.get().strip(), name.get().strip(), kind.get(), rate, count, type, list,
                courseKind ? new HashSet<>(tiers) : Set.of(), courseKind ? new HashSet<>(jobCategories) : Set.of(),
                roleId, activeOnly.get(), yearFrom.get(), yearTo.get(), pillar.get() == null ? null : pillar.get().id(),
                u, description.get().isBlank() ? null : description.get().strip(),
                editing == null ? 0 : editing.sortOrder(), version);
    }

    /** Saves the form: a new goal, or the edited one (Ctrl+S). */
    public void save() {
        Goal wanted;
        try {
            wanted = edited(editing == null ? 0 : editing.id(), editing == null ? 0 : editing.version());
        } catch (NumberFormatException e) {
            problems.setAll(I18n.t("goals.edit.targetNotANumber"));
            return;
        }
        List<String> found = register.problems(wanted);
        problems.setAll(found);
        if (found.isEmpty()) {
            save(editing, wanted);
        }
    }

    private void save(Goal before, Goal wanted) {
        tasks.run(I18n.t("task.saving"), p -> register.save(wanted), saved -> {
            editing = saved;
            dialogs.notify(I18n.t("goals.edit.saved", saved.name()));
            if (before == null) {
                undo.push(I18n.t("goals.edit.undoAdd", saved.name()), p -> register.delete(saved),
                        changed);
            } else {
                undo.push(I18n.t("goals.edit.undoEdit", saved.name()), p -> register.save(GoalEdits.withVersion(before,
                        saved.version())), changed);
            }
            changed.run();
        }, failure -> failed(failure, wanted));
    }

    private void failed(Throwable failure, Goal wanted) {
        if (failure instanceof GoalEditException e) {
            problems.setAll(e.problems());
        } else if (failure instanceof StaleEditException stale && stale.stored() instanceof Goal stored) {
            if (dialogs.resolveConflict(I18n.t("goals.form.title"), GoalEdits.conflict(stored, wanted))
                    == ConflictChoice.KEEP_MINE) {
                editing = stored;
                save(stored, GoalEdits.withVersion(wanted, stored.version()));
            } else {
                edit(stored);
                changed.run();
            }
        } else if (failure instanceof StaleEditException) {
            dialogs.showError(I18n.t("goals.form.title"), I18n.t("goals.edit.deletedMeanwhile"), null);
            changed.run();
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("goals.edit.failed"), failure);
        }
    }

    /** Deletes the goal being edited, after asking; undo puts it back with its yearly values. */
    public void delete() {
        Goal g = editing;
        if (g == null || !dialogs.confirm(I18n.t("goals.form.title"), I18n.t("goals.edit.confirmDelete", g.name()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> register.delete(g), years -> {
            dialogs.notify(I18n.t("goals.edit.deleted", g.name()));
            undo.push(I18n.t("goals.edit.undoDelete", g.name()), p -> register.restore(g, years), changed);
            edit(null);
            changed.run();
        }, failure -> failed(failure, g));
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<GoalKind> kindProperty() {
        return kind;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public BooleanProperty byTypeProperty() {
        return byType;
    }

    public ObjectProperty<CourseType> courseTypeProperty() {
        return courseType;
    }

    public ObservableSet<Long> courses() {
        return courses;
    }

    public ObservableSet<Long> tiers() {
        return tiers;
    }

    public ObservableSet<Long> jobCategories() {
        return jobCategories;
    }

    public ObjectProperty<DesignationRole> roleProperty() {
        return role;
    }

    public BooleanProperty activeOnlyProperty() {
        return activeOnly;
    }

    public ObjectProperty<Integer> yearFromProperty() {
        return yearFrom;
    }

    public ObjectProperty<Integer> yearToProperty() {
        return yearTo;
    }

    public ObjectProperty<Pillar> pillarProperty() {
        return pillar;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyObjectProperty<GoalChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public boolean isNew() {
        return editing == null;
    }
}

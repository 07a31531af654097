package org.kenshu.ui.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Wareki;
import org.kenshu.service.goals.GoalRegister;
import org.kenshu.service.goals.GoalRegister.GoalEditException;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 年度ごとの値: for the selected goal, each fiscal year's manual value with its source (MANUAL goals)
 * and a target that differs that year. Saved with the version checked and undoable.
 */
public final class GoalYearsViewModel {
    private final GoalRegister register;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final Runnable changed;
    private final ObservableList<GoalYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<GoalYear> selected = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper manual = new ReadOnlyBooleanWrapper(false);
    private Goal goal;

    public GoalYearsViewModel(GoalRegister register, TaskRunner tasks, DialogService dialogs, AppState state,
            UndoStack undo, Runnable changed) {
        this.register = register;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        this.changed = changed;
        selected.addListener((o, a, y) -> fill(y));
    }

    /** Shows the years of {@code g}: its range (or the years stored) and the selected fiscal year. */
    public void show(Goal g) {
        goal = g;
        manual.set(g != null && g.kind() == GoalKind.MANUAL);
        if (g == null) {
            years.clear();
            return;
        }
        int fy = state.fiscalYear();
        tasks.run(I18n.t("task.loading"), p -> rows(g, fy), list -> {
            if (goal != g) {
                return;
            }
            years.setAll(list);
            selected.set(list.stream().filter(y -> y.fiscalYear() == fy).findFirst().orElse(list.getFirst()));
        });
    }

    private List<GoalYear> rows(Goal g, int fy) {
        TreeMap<Integer, GoalYear> rows = new TreeMap<>();
        int from = g.fiscalYearFrom() != null ? g.fiscalYearFrom() : fy;
        int to = g.fiscalYearTo() != null ? g.fiscalYearTo() : Math.max(fy, from);
        for (int y = from; y <= to && y - from < 20; y++) {
            rows.put(y, register.year(g.id(), y));
        }
        rows.put(fy, register.year(g.id(), fy));
        register.years(g.id()).forEach(y -> rows.put(y.fiscalYear(), y));
        return List.copyOf(rows.values());
    }

    private void fill(GoalYear y) {
        heading.set(y == null || goal == null ? ""
                : I18n.t("goals.years.heading", goal.name(), Wareki.fiscalYear(y.fiscalYear(), state.era())));
        value.set(y == null ? "" : number(y.manualValue()));
        target.set(y == null ? "" : y.targetRate() != null ? GoalFormat.percentField(y.targetRate())
                : y.targetCount() == null ? "" : y.targetCount().toString());
        source.set(y == null || y.sourceNote() == null ? "" : y.sourceNote());
    }

    private boolean rate() {
        return goal != null && goal.targetRate() != null;
    }

    /** A stored value as typed: percent for rate goals. */
    public String number(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return rate() ? GoalFormat.percentField(v) : v.stripTrailingZeros().toPlainString();
    }

    /** Saves the selected year's value, target and source (Ctrl+S). */
    public void save() {
        GoalYear before = selected.get();
        if (goal == null || before == null) {
            return;
        }
        GoalYear wanted;
        try {
            wanted = edited(before.id(), before.version());
        } catch (NumberFormatException e) {
            dialogs.showError(I18n.t("goals.years.title"), I18n.t("goals.years.notANumber"), null);
            return;
        }
        save(before, wanted);
    }

    private GoalYear edited(long id, int version) {
        BigDecimal v = value.get().isBlank() ? null
                : rate() ? GoalFormat.parsePercent(value.get()) : new BigDecimal(value.get().strip());
        BigDecimal targetRate = rate() && !target.get().isBlank() ? GoalFormat.parsePercent(target.get()) : null;
        Integer targetCount = !rate() && !target.get().isBlank() ? Integer.valueOf(target.get().strip()) : null;
        GoalYear y = selected.get();
        return new GoalYear(id, goal.id(), y.fiscalYear(), targetRate, targetCount, v,
                source.get().isBlank() ? null : source.get().strip(), version);
    }

    private void save(GoalYear before, GoalYear wanted) {
        Goal g = goal;
        tasks.run(I18n.t("task.saving"), p -> register.saveYear(g, wanted), saved -> {
            dialogs.notify(I18n.t("goals.years.saved"));
            undo.push(I18n.t("goals.years.undoLabel", g.name()), p -> register.saveYear(g, new GoalYear(saved.id(),
                    g.id(), before.fiscalYear(), before.targetRate(), before.targetCount(), before.manualValue(),
                    before.sourceNote(), saved.version())), this::afterChange);
            afterChange();
        }, failure -> failed(failure, wanted));
    }

    private void failed(Throwable failure, GoalYear wanted) {
        if (failure instanceof GoalEditException e) {
            dialogs.showError(I18n.t("goals.years.title"), String.join("\n", e.problems()), null);
        } else if (failure instanceof StaleEditException stale && stale.stored() instanceof GoalYear stored) {
            var fields = List.of(new ConflictField(I18n.t("goals.years.value"), number(stored.manualValue()),
                    value.get()), new ConflictField(I18n.t("goals.years.source"), stored.sourceNote(), source.get()));
            if (dialogs.resolveConflict(I18n.t("goals.years.title"), fields) == ConflictChoice.KEEP_MINE) {
                save(stored, new GoalYear(stored.id(), wanted.goalId(), wanted.fiscalYear(), wanted.targetRate(),
                        wanted.targetCount(), wanted.manualValue(), wanted.sourceNote(), stored.version()));
            } else {
                afterChange();
            }
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("goals.years.failed"), failure);
        }
    }

    private void afterChange() {
        show(goal);
        changed.run();
    }

    public AppState state() {
        return state;
    }

    public ObservableList<GoalYear> years() {
        return years;
    }

    public ObjectProperty<GoalYear> selectedProperty() {
        return selected;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty manualProperty() {
        return manual.getReadOnlyProperty();
    }

    /** The unit the fields are typed in: 「%」 or the goal's unit (人). */
    public String unit() {
        return rate() ? "%" : goal == null || goal.unit() == null ? "" : goal.unit();
    }
}

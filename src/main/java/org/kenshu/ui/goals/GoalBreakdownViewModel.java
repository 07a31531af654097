package org.kenshu.ui.goals;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.service.goals.Breakdown;
import org.kenshu.service.goals.GoalResult;

/** A goal's result by tier (on April 1) or by department (部), as a table and a chart with the target. */
public final class GoalBreakdownViewModel {
    private final ObservableList<Breakdown> groups = FXCollections.observableArrayList();
    private final BooleanProperty byDepartment = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<GoalResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(I18n.t("goals.breakdown.empty"));

    public GoalBreakdownViewModel() {
        byDepartment.addListener((o, a, b) -> fill());
    }

    public void show(GoalResult r) {
        result.set(r);
        fill();
    }

    private void fill() {
        GoalResult r = result.get();
        if (r == null) {
            groups.clear();
            note.set("");
            emptyText.set(I18n.t("goals.breakdown.empty"));
            return;
        }
        emptyText.set(I18n.t(r.goal().kind() == org.kenshu.model.GoalKind.MANUAL ? "goals.breakdown.manualEmpty"
                : "goals.breakdown.nobody"));
        groups.setAll(byDepartment.get() ? r.byDepartment() : r.byTier());
        note.set(switch (r.goal().kind()) {
            case MANUAL -> I18n.t("goals.breakdown.manual");
            case COVERAGE -> I18n.t("goals.breakdown.coverage");
            case HEADCOUNT -> I18n.t("goals.breakdown.headcount");
            case UPTAKE -> I18n.t("goals.breakdown.uptake");
        });
    }

    /** 「91.5%（173 / 189）」 or 「3人」. */
    public String value(Breakdown b) {
        GoalResult r = result.get();
        if (r == null) {
            return "";
        }
        String v = GoalFormat.value(r, b.actual());
        return b.denominator() == null ? v : v + "（" + b.numerator() + " / " + b.denominator() + "）";
    }

    public ObservableList<Breakdown> groups() {
        return groups;
    }

    public BooleanProperty byDepartmentProperty() {
        return byDepartment;
    }

    public ReadOnlyObjectProperty<GoalResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What the table says when it has no rows: choose a goal, nothing to break down, nobody counted yet. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

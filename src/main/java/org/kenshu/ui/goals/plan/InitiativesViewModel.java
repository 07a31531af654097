package org.kenshu.ui.goals.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.model.Initiative;
import org.kenshu.model.InitiativeYear;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Wareki;
import org.kenshu.service.InitiativeEditService;
import org.kenshu.service.InitiativeEditService.Item;
import org.kenshu.service.InitiativeEditService.Level;
import org.kenshu.service.InitiativeService;
import org.kenshu.service.InitiativeService.InitiativeRow;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 実施計画: pillars → directions → initiatives, a 計画 line over a 実績 line per initiative and one
 * column per fiscal year (the shape of 清瀬市's review tables). The chosen cell's year is edited
 * below; a count linked to data (course:…, designation:…) shows the value it computes.
 */
public final class InitiativesViewModel {
    private final InitiativeService initiatives;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final ObservableList<PlanLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final Map<Long, Integer> linked = new HashMap<>();
    private final ObjectProperty<InitiativeRow> row = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty planText = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final StringProperty planCount = new SimpleStringProperty("");
    private final StringProperty resultCount = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty countSource = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper linkedValue = new ReadOnlyStringWrapper("");

    private final PlanOutlineViewModel outline;
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>();

    public InitiativesViewModel(InitiativeService initiatives, InitiativeEditService edits, TaskRunner tasks,
            DialogService dialogs, AppState state, UndoStack undo) {
        this.outline = new PlanOutlineViewModel(edits, tasks, dialogs, undo, this::refresh);
        this.initiatives = initiatives;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        choose(null, null);
    }

    public void refresh() {
        int fy = state.fiscalYear();
        tasks.run(I18n.t("task.loadingInitiatives"), p -> {
            List<InitiativeRow> rows = initiatives.planRows();
            Map<Long, Integer> counts = new HashMap<>();
            for (InitiativeRow r : rows) {
                for (InitiativeYear y : r.years().values()) {
                    if (y.countSource() != null && !y.countSource().isBlank()) {
                        initiatives.resultCount(y).ifPresent(n -> counts.put(y.id(), n));
                    }
                }
            }
            return new Loaded(rows, initiatives.years(fy), counts, initiatives.linkableSources());
        }, l -> {
            linked.clear();
            linked.putAll(l.counts());
            years.setAll(l.years());
            sources.setAll(l.sources());
            Item keep = outline.keep();
            // A pillar or direction with nothing under it yet gets one line, so it can be chosen.
            lines.setAll(l.rows().stream().flatMap(r -> r.initiative() == null ? Stream.of(new PlanLine(r, false))
                    : Stream.of(new PlanLine(r, false), new PlanLine(r, true))).toList());
            InitiativeRow before = row.get();
            if (before != null) {
                l.rows().stream().filter(r -> r.initiative() != null
                        && r.initiative().id() == before.initiative().id()).findFirst()
                        .ifPresentOrElse(r -> choose(r, year.get()), () -> choose(null, null));
            }
            reselect(keep);
        });
    }

    private record Loaded(List<InitiativeRow> rows, List<Integer> years, Map<Long, Integer> counts,
            List<String> sources) {
    }

    /**
     * Chooses {@code item} again after a reload (with its new name and version) and asks the view to
     * select its cell; the reload has cleared the table's selection.
     */
    private void reselect(Item item) {
        if (item == null) {
            outline.select(null, null);
            return;
        }
        lines.stream().filter(l -> !l.result() && switch (item.level()) {
            case PILLAR -> l.row().pillar().id() == item.id();
            case DIRECTION -> l.row().direction() != null && l.row().direction().id() == item.id();
            case INITIATIVE -> l.row().initiative() != null && l.row().initiative().id() == item.id();
        }).findFirst().ifPresentOrElse(l -> {
            outline.select(l.row(), item.level());
            focus.set(null); // an equal Focus would not be announced again
            focus.set(new Focus(l, item.level()));
        }, () -> outline.select(null, null));
    }

    /** A cell the view should select: the line and the level's column. */
    public record Focus(PlanLine line, Level level) {
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Chooses a cell: its row and year for the editor below, its column's level for the outline. */
    public void select(PlanLine line, Level level, Integer fiscalYear) {
        outline.select(line == null ? null : line.row(), level);
        choose(line == null || line.row().initiative() == null ? null : line.row(), fiscalYear);
    }

    /** What a cell shows: the 計画 or 実績 text of the year, with its count (「評定者研修 40名」). */
    public String cell(PlanLine line, int fiscalYear) {
        if (line.row().initiative() == null) {
            return "";
        }
        InitiativeYear y = line.row().years().get(fiscalYear);
        if (y == null) {
            return "";
        }
        String text = line.result() ? y.resultText() : y.planText();
        Integer count = line.result() ? (linked.containsKey(y.id()) ? linked.get(y.id()) : y.resultCount())
                : y.planCount();
        String counted = count == null ? "" : count + (y.countUnit() == null ? "" : y.countUnit())
                + (line.result() && linked.containsKey(y.id()) ? I18n.t("initiatives.auto") : "");
        return ((text == null ? "" : text) + (counted.isEmpty() ? "" : " " + counted)).strip();
    }

    /** Chooses the initiative and year to edit below the table. */
    public void choose(InitiativeRow r, Integer fiscalYear) {
        row.set(r);
        year.set(fiscalYear);
        InitiativeYear y = r == null || fiscalYear == null ? null : r.years().get(fiscalYear);
        heading.set(r == null ? I18n.t("initiatives.choose") : I18n.t("initiatives.heading", r.initiative().name(),
                fiscalYear == null ? "" : Wareki.fiscalYear(fiscalYear, state.era())));
        name.set(r == null ? "" : r.initiative().name());
        planText.set(y == null || y.planText() == null ? "" : y.planText());
        resultText.set(y == null || y.resultText() == null ? "" : y.resultText());
        planCount.set(y == null || y.planCount() == null ? "" : y.planCount().toString());
        resultCount.set(y == null || y.resultCount() == null ? "" : y.resultCount().toString());
        unit.set(y == null || y.countUnit() == null ? "" : y.countUnit());
        countSource.set(y == null || y.countSource() == null ? "" : y.countSource());
        linkedValue.set(y != null && linked.containsKey(y.id())
                ? I18n.t("initiatives.linkedValue", linked.get(y.id())) : "");
    }

    /** Saves the chosen year's 計画/実績 (and the initiative's name when changed); undoable. */
    public void save() {
        InitiativeRow r = row.get();
        Integer fy = year.get();
        if (r == null || fy == null) {
            return;
        }
        InitiativeYear before = r.years().getOrDefault(fy,
                new InitiativeYear(0, r.initiative().id(), fy, null, null, null, null, null, null, 0));
        InitiativeYear wanted;
        try {
            wanted = new InitiativeYear(before.id(), before.initiativeId(), fy, blank(planText.get()),
                    blank(resultText.get()), number(planCount.get()), number(resultCount.get()), blank(unit.get()),
                    blank(countSource.get()), before.version());
        } catch (NumberFormatException e) {
            dialogs.showError(I18n.t("initiatives.title"), I18n.t("initiatives.notANumber"), null);
            return;
        }
        List<String> problems = initiatives.problems(wanted);
        if (!problems.isEmpty()) {
            dialogs.showError(I18n.t("initiatives.title"), String.join("\n", problems), null);
            return;
        }
        Initiative i = r.initiative();
        String newName = name.get().strip();
        tasks.run(I18n.t("task.saving"), p -> {
            if (!newName.isEmpty() && !newName.equals(i.name())) {
                initiatives.saveInitiative(new Initiative(i.id(), i.directionId(), i.code(), newName,
                        i.description(), i.sortOrder(), i.version()));
            }
            return initiatives.saveYear(wanted);
        }, saved -> {
            dialogs.notify(I18n.t("initiatives.saved", newName));
            undo.push(I18n.t("initiatives.undoLabel", newName), p -> {
                if (before.id() == 0) {
                    initiatives.deleteYear(saved);
                } else {
                    initiatives.saveYear(new InitiativeYear(saved.id(), before.initiativeId(), fy, before.planText(),
                            before.resultText(), before.planCount(), before.resultCount(), before.countUnit(),
                            before.countSource(), saved.version()));
                }
            }, this::refresh);
            refresh();
        }, failure -> failed(failure, wanted));
    }

    private void failed(Throwable failure, InitiativeYear wanted) {
        if (failure instanceof StaleEditException stale && stale.stored() instanceof InitiativeYear stored) {
            var fields = List.of(new ConflictField(I18n.t("initiatives.plan"), stored.planText(), wanted.planText()),
                    new ConflictField(I18n.t("initiatives.result"), stored.resultText(), wanted.resultText()));
            if (dialogs.resolveConflict(I18n.t("initiatives.title"), fields) == ConflictChoice.KEEP_MINE) {
                tasks.run(I18n.t("task.saving"), p -> initiatives.saveYear(new InitiativeYear(stored.id(),
                        wanted.initiativeId(), wanted.fiscalYear(), wanted.planText(), wanted.resultText(),
                        wanted.planCount(), wanted.resultCount(), wanted.countUnit(), wanted.countSource(),
                        stored.version())), saved -> refresh());
            } else {
                refresh();
            }
        } else {
            dialogs.showError(I18n.t("initiatives.title"), failure.getMessage(), failure);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Integer.valueOf(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip());
    }

    public ObservableList<PlanLine> lines() {
        return lines;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObjectProperty<InitiativeRow> rowProperty() {
        return row;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty planTextProperty() {
        return planText;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public StringProperty planCountProperty() {
        return planCount;
    }

    public StringProperty resultCountProperty() {
        return resultCount;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty countSourceProperty() {
        return countSource;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkedValueProperty() {
        return linkedValue.getReadOnlyProperty();
    }

    public PlanOutlineViewModel outline() {
        return outline;
    }

    public AppState state() {
        return state;
    }
}

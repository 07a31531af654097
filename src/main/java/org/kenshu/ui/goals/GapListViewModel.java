package org.kenshu.ui.goals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.GapReason;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Wareki;
import org.kenshu.service.GoalService;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.service.goals.MissingListExporter;
import org.kenshu.service.goals.Renomination;
import org.kenshu.service.goals.Renomination.LaterSession;
import org.kenshu.service.reports.ReportException;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 未修了者: the people behind the selected goal's gap, with department, session and reason. From
 * here a nomination moves to a later session of the same course (再指名, undoable), and the list
 * is exported through the Reports issue's {@link MissingListExporter}.
 */
public final class GapListViewModel {
    private final GoalService goals;
    private final Renomination renomination;
    private final MissingListExporter exporter;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final ObservableList<GapPerson> people = FXCollections.observableArrayList();
    private final ObjectProperty<GapPerson> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRenominate = new ReadOnlyBooleanWrapper(false);
    private final Runnable changed;
    private GoalResult goal;
    private GoalResult loaded;
    private boolean active;

    /** {@code changed} runs after a nomination moved (the dashboard counts again). */
    public GapListViewModel(GoalService goals, Renomination renomination, MissingListExporter exporter,
            TaskRunner tasks, DialogService dialogs, AppState state, UndoStack undo, Runnable changed) {
        this.goals = goals;
        this.renomination = renomination;
        this.exporter = exporter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        this.changed = changed;
        selected.addListener((o, a, p) -> canRenominate.set(p != null && p.enrollmentId() != null));
    }

    /** The goal whose gap to list; the list is read when it is on screen ({@link #setActive}). */
    public void show(GoalResult r) {
        goal = r;
        if (active) {
            load();
        }
    }

    /** The list is on screen (its tab chosen): read it now if the goal changed since. */
    public void setActive(boolean onScreen) {
        active = onScreen;
        if (active && loaded != goal) {
            load();
        }
    }

    private void load() {
        GoalResult r = goal;
        loaded = r;
        people.clear();
        summary.set("");
        if (r == null) {
            return;
        }
        tasks.run(I18n.t("task.loadingGap"), p -> goals.missing(r.goal(), r.fiscalYear()), list -> {
            if (goal == r) {
                people.setAll(list);
                summary.set(list.isEmpty() ? I18n.t("goals.gap.none") : summary(list));
            }
        });
    }

    /** 「未修了 26 人: 欠席 12・未実施（これから） 9・…」. */
    static String summary(List<GapPerson> list) {
        Map<GapReason, Long> byReason = new TreeMap<>(list.stream()
                .collect(Collectors.groupingBy(GapPerson::reason, Collectors.counting())));
        String reasons = byReason.entrySet().stream().map(e -> I18n.label(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("・"));
        return list.isEmpty() ? "" : I18n.t("goals.gap.summary", list.size(), reasons);
    }

    /** 「6/3・6/4」: the dates a reason is about (the fiscal year is on screen already). */
    public String days(GapPerson p) {
        return p.days().stream().map(d -> d.getMonthValue() + "/" + d.getDayOfMonth())
                .collect(Collectors.joining("・"));
    }

    /** 「第2回 R8.12.8」. */
    public String session(GapPerson p) {
        if (p.sessionNo() == null) {
            return "";
        }
        return I18n.t("goals.gap.session", p.sessionNo(), p.firstDay() == null ? "" : state.shortDate(p.firstDay()));
    }

    /** Moves the selected person's nomination to a later session the officer chooses. */
    public void renominate() {
        GapPerson p = selected.get();
        if (p == null || p.enrollmentId() == null) {
            return;
        }
        tasks.run(I18n.t("task.loadingSessions"), x -> renomination.laterSessions(p.enrollmentId()), later -> {
            if (later.isEmpty()) {
                dialogs.showInformation(I18n.t("goals.renominate.title"), I18n.t("goals.renominate.none", p.course()));
                return;
            }
            Optional<LaterSession> chosen = dialogs.choose(I18n.t("goals.renominate.title"),
                    I18n.t("goals.renominate.message", p.name(), p.course()), later, this::label);
            chosen.ifPresent(s -> move(p, s));
        });
    }

    private void move(GapPerson p, LaterSession s) {
        Long before = p.sessionId();
        tasks.run(I18n.t("task.saving"), x -> renomination.move(p.enrollmentId(), p.enrollmentVersion(),
                s.sessionId()), moved -> {
                    dialogs.notify(I18n.t("goals.renominate.done", p.name(), s.sessionNo()));
                    undo.push(I18n.t("goals.renominate.undoLabel", p.name()),
                            x -> renomination.moveBack(moved.id(), moved.version(), before), changed);
                    changed.run();
                }, failure -> dialogs.showError(I18n.t("goals.renominate.title"),
                        failure instanceof StaleEditException ? I18n.t("goals.renominate.stale", p.name())
                                : I18n.t("goals.renominate.failed"), failure));
    }

    /** 「第2回 R8.12.8〜12.9（定員 30・指名 28）」. */
    public String label(LaterSession s) {
        String days = Wareki.sessionDays(s.days(), s.periodEnd());
        String load = s.capacity() == null ? I18n.t("goals.renominate.enrolled", s.enrolled())
                : I18n.t("goals.renominate.load", s.capacity(), s.enrolled());
        return I18n.t("goals.gap.sessionNo", s.sessionNo()) + " " + days + "（" + load + "）"
                + (s.full() ? " " + I18n.t("goals.renominate.full") : "");
    }

    /**
     * Writes the list on screen as the 未受講者一覧 workbook (the 帳票 of that name, one page per department)
     * to a file the officer chooses, in the background; says where it went or why it could not be written.
     */
    public void export() {
        if (!exporter.available()) {
            dialogs.showInformation(I18n.t("goals.gap.export"), I18n.t("goals.gap.exportLater"));
            return;
        }
        if (goal == null || people.isEmpty()) {
            dialogs.showInformation(I18n.t("goals.gap.export"), I18n.t(goal == null ? "goals.gap.empty"
                    : "goals.gap.none"));
            return;
        }
        GoalResult r = goal;
        List<GapPerson> list = List.copyOf(people);
        String year = Wareki.fiscalYear(r.fiscalYear(), state.era());
        Optional<Path> file = dialogs.chooseFileToSave(I18n.t("goals.gap.export"),
                I18n.t("goals.gap.fileName", r.goal().name(), year), List.of("*.xlsx"));
        file.map(GapListViewModel::withExtension).ifPresent(f -> tasks.run(I18n.t("task.exportingMissing"), x -> {
            exporter.export(r, list, f);
            return f;
        }, done -> dialogs.notify(I18n.t("goals.gap.exported", done.getFileName())),
                failure -> dialogs.showError(I18n.t("goals.gap.export"), failure instanceof ReportException e
                        ? e.getMessage() : I18n.t("reports.failed"), failure instanceof ReportException ? null : failure)));
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx");
    }

    public ObservableList<GapPerson> people() {
        return people;
    }

    public ObjectProperty<GapPerson> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRenominateProperty() {
        return canRenominate.getReadOnlyProperty();
    }
}

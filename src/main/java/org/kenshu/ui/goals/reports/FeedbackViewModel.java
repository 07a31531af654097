package org.kenshu.ui.goals.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.FeedbackService;
import org.kenshu.service.FeedbackService.SessionRatings;
import org.kenshu.service.goals.GoalRegister;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;
import org.kenshu.ui.goals.GoalFormat;

/**
 * 満足度: per session the anonymous count of respondents per rating (5 満足 … 1 不満), typed or read
 * from a survey export; the year's share of 満足・やや満足, which becomes a MANUAL goal's value
 * when the officer asks.
 */
public final class FeedbackViewModel {
    private final FeedbackService feedback;
    private final GoalRegister register;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final ObservableList<SessionRatings> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<SessionRatings> selected = new SimpleObjectProperty<>();
    private final List<StringProperty> counts = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper share = new ReadOnlyStringWrapper("");

    public FeedbackViewModel(FeedbackService feedback, GoalRegister register, TaskRunner tasks, DialogService dialogs,
            AppState state, UndoStack undo) {
        this.feedback = feedback;
        this.register = register;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        selected.addListener((o, a, s) -> fill(s == null ? Map.of() : s.counts(), s == null ? null : s.source()));
    }

    public void refresh() {
        int year = state.fiscalYear();
        Long keep = selected.get() == null ? null : selected.get().session().sessionId();
        tasks.run(I18n.t("task.loadingFeedback"), p -> new Loaded(feedback.sessions(year),
                feedback.satisfiedShare(year), feedback.sourceNote(year)), l -> {
                    sessions.setAll(l.sessions());
                    share.set(l.share() == null ? I18n.t("feedback.noShare")
                            : I18n.t("feedback.share", GoalFormat.percent(l.share().doubleValue()), l.note()));
                    selected.set(l.sessions().stream().filter(s -> keep != null && s.session().sessionId() == keep)
                            .findFirst().orElse(null));
                });
    }

    private record Loaded(List<SessionRatings> sessions, BigDecimal share, String note) {
    }

    private void fill(Map<Integer, Integer> values, String from) {
        for (int rating = FeedbackService.MAX_RATING; rating >= 1; rating--) {
            Integer n = values.get(rating);
            count(rating).set(n == null ? "" : n.toString());
        }
        source.set(from == null ? "" : from);
    }

    /** The field of a rating (5 … 1). */
    public StringProperty count(int rating) {
        return counts.get(FeedbackService.MAX_RATING - rating);
    }

    /** Reads a survey export's counts into the fields (saved only with 保存). */
    public void importFile() {
        if (selected.get() == null) {
            dialogs.showError(I18n.t("feedback.title"), I18n.t("feedback.chooseSession"), null);
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(I18n.t("feedback.import"), List.of("*.csv", "*.xlsx", "*.xls"));
        file.ifPresent(f -> tasks.run(I18n.t("task.reading"), p -> feedback.readCounts(f), read -> {
            fill(read, f.getFileName().toString());
            dialogs.notify(I18n.t("feedback.read", read.values().stream().mapToInt(Integer::intValue).sum()));
        }, failure -> dialogs.showError(I18n.t("feedback.title"), failure.getMessage(), null)));
    }

    /** Saves the chosen session's counts; undo puts the previous ones back. */
    public void save() {
        SessionRatings s = selected.get();
        if (s == null) {
            return;
        }
        Map<Integer, Integer> values = new TreeMap<>();
        try {
            for (int rating = 1; rating <= FeedbackService.MAX_RATING; rating++) {
                String text = java.text.Normalizer.normalize(count(rating).get(), java.text.Normalizer.Form.NFKC);
                values.put(rating, text.isBlank() ? 0 : Integer.parseInt(text.strip()));
            }
        } catch (NumberFormatException e) {
            dialogs.showError(I18n.t("feedback.title"), I18n.t("feedback.invalidCounts"), null);
            return;
        }
        long id = s.session().sessionId();
        String from = source.get().isBlank() ? null : source.get().strip();
        tasks.run(I18n.t("task.saving"), p -> feedback.saveCounts(id, values, from), before -> {
            dialogs.notify(I18n.t("feedback.saved", s.session().course()));
            undo.push(I18n.t("feedback.undoLabel", s.session().course()),
                    p -> feedback.saveCounts(id, before, s.source()), this::refresh);
            refresh();
        }, failure -> dialogs.showError(I18n.t("feedback.title"), failure.getMessage(), failure));
    }

    /** Makes the year's share the value of a MANUAL satisfaction goal the officer chooses; undoable. */
    public void applyToGoal() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.loading"), p -> new Apply(feedback.satisfactionGoals(year),
                feedback.satisfiedShare(year), feedback.sourceNote(year)), a -> {
                    if (a.share() == null) {
                        dialogs.showInformation(I18n.t("feedback.title"), I18n.t("feedback.noShare"));
                        return;
                    }
                    if (a.goals().isEmpty()) {
                        dialogs.showInformation(I18n.t("feedback.title"), I18n.t("feedback.noGoal"));
                        return;
                    }
                    dialogs.choose(I18n.t("feedback.applyTitle"), I18n.t("feedback.applyMessage",
                            GoalFormat.percent(a.share().doubleValue()), Wareki.fiscalYear(year, state.era())),
                            a.goals(), Goal::name).ifPresent(g -> apply(g, year, a.share(), a.note()));
                });
    }

    private record Apply(List<Goal> goals, BigDecimal share, String note) {
    }

    private void apply(Goal g, int year, BigDecimal value, String note) {
        tasks.run(I18n.t("task.saving"), p -> {
            GoalYear before = feedback.goalYear(g.id(), year);
            GoalYear saved = register.saveYear(g, new GoalYear(before.id(), g.id(), year, before.targetRate(),
                    before.targetCount(), value, note, before.version()));
            return new GoalYear[] {before, saved};
        }, pair -> {
            GoalYear before = pair[0];
            GoalYear saved = pair[1];
            dialogs.notify(I18n.t("feedback.applied", g.name()));
            undo.push(I18n.t("feedback.undoApply", g.name()), p -> register.saveYear(g, new GoalYear(saved.id(),
                    g.id(), year, before.targetRate(), before.targetCount(), before.manualValue(),
                    before.sourceNote(), saved.version())), this::refresh);
        }, failure -> dialogs.showError(I18n.t("feedback.title"), failure.getMessage(), failure));
    }

    public ObservableList<SessionRatings> sessions() {
        return sessions;
    }

    public ObjectProperty<SessionRatings> selectedProperty() {
        return selected;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty shareProperty() {
        return share.getReadOnlyProperty();
    }

    public AppState state() {
        return state;
    }
}

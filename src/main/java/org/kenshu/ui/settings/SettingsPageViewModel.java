package org.kenshu.ui.settings;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.I18n;
import org.kenshu.model.Organisation;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.InfoService;
import org.kenshu.service.OrganisationService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 設定: the organisation's name, how dates are written and how attendance counts; and what the
 * database holds. Saving checks the version: a change made elsewhere is shown, never overwritten silently.
 */
public final class SettingsPageViewModel {
    private final OrganisationService organisation;
    private final InfoService info;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<EraDisplay> era = new SimpleObjectProperty<>(EraDisplay.JAPANESE);
    private final BooleanProperty lateCounts = new SimpleBooleanProperty(true);
    private final BooleanProperty leftEarlyCounts = new SimpleBooleanProperty(true);
    private final IntegerProperty minimumSize = new SimpleIntegerProperty(5);
    private final StringProperty schema = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObservableList<Map.Entry<String, Integer>> counts = FXCollections.observableArrayList();
    private Organisation loaded = Organisation.unnamed();

    public SettingsPageViewModel(OrganisationService organisation, InfoService info, TaskRunner tasks,
            DialogService dialogs, AppState state, UndoStack undo) {
        this.organisation = organisation;
        this.info = info;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
    }

    public void refresh() {
        tasks.run(I18n.t("task.loadingSettings"), p -> new Loaded(organisation.organisation(), info.schemaVersion(),
                info.location(), info.counts()), l -> {
                    show(l.organisation());
                    schema.set(l.schema());
                    location.set(l.location());
                    counts.setAll(l.counts().entrySet());
                });
    }

    private record Loaded(Organisation organisation, String schema, String location, Map<String, Integer> counts) {
    }

    private void show(Organisation o) {
        loaded = o;
        name.set(o.name());
        era.set(o.eraDisplay());
        lateCounts.set(o.lateCountsAsAttended());
        leftEarlyCounts.set(o.leftEarlyCountsAsAttended());
        minimumSize.set(o.minimumSessionSize());
    }

    /** Saves the form (Ctrl+S); a blank city name is refused. */
    public void save() {
        if (name.get() == null || name.get().isBlank()) {
            dialogs.showError(I18n.t("settings.title"), I18n.t("settings.nameRequired"), null);
            return;
        }
        save(edited(loaded.version()));
    }

    private Organisation edited(int version) {
        return new Organisation(name.get().strip(), loaded.preset(), era.get(), loaded.fiscalYearStartMonth(),
                loaded.yearEndClosureStart(), loaded.yearEndClosureEnd(), lateCounts.get(), leftEarlyCounts.get(),
                minimumSize.get(), version);
    }

    private void save(Organisation wanted) {
        Organisation before = loaded;
        tasks.run(I18n.t("task.saving"), p -> organisation.save(wanted), saved -> {
            show(saved);
            state.organisationProperty().set(saved);
            dialogs.notify(I18n.t("settings.saved"));
            undo.push(I18n.t("settings.undoLabel"), p -> organisation.save(restored(before, saved.version())),
                    this::refresh);
        }, failure -> {
            if (failure instanceof StaleEditException stale && stale.stored() instanceof Organisation stored) {
                resolveConflict(stored);
            } else {
                dialogs.showError(I18n.t("error.title"), I18n.t("settings.saveFailed"), failure);
            }
        });
    }

    /** The settings as they were before an edit, carrying the version the edit left. */
    private static Organisation restored(Organisation before, int version) {
        return new Organisation(before.name(), before.preset(), before.eraDisplay(), before.fiscalYearStartMonth(),
                before.yearEndClosureStart(), before.yearEndClosureEnd(), before.lateCountsAsAttended(),
                before.leftEarlyCountsAsAttended(), before.minimumSessionSize(), version);
    }

    /** Someone else saved in between: show both values and let the officer choose. */
    private void resolveConflict(Organisation stored) {
        var fields = List.of(
                new ConflictField(I18n.t("settings.name"), stored.name(), name.get()),
                new ConflictField(I18n.t("settings.era"), I18n.label(stored.eraDisplay()), I18n.label(era.get())),
                new ConflictField(I18n.t("settings.lateCounts"), yesNo(stored.lateCountsAsAttended()),
                        yesNo(lateCounts.get())),
                new ConflictField(I18n.t("settings.leftEarlyCounts"), yesNo(stored.leftEarlyCountsAsAttended()),
                        yesNo(leftEarlyCounts.get())),
                new ConflictField(I18n.t("settings.minimumSize"), Integer.toString(stored.minimumSessionSize()),
                        Integer.toString(minimumSize.get())));
        if (dialogs.resolveConflict(I18n.t("settings.title"), fields) == ConflictChoice.KEEP_MINE) {
            loaded = stored;
            save(edited(stored.version()));
        } else {
            show(stored);
            state.organisationProperty().set(stored);
        }
    }

    private static String yesNo(boolean value) {
        return I18n.t(value ? "common.yes" : "common.no");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<EraDisplay> eraProperty() {
        return era;
    }

    public BooleanProperty lateCountsProperty() {
        return lateCounts;
    }

    public BooleanProperty leftEarlyCountsProperty() {
        return leftEarlyCounts;
    }

    public IntegerProperty minimumSizeProperty() {
        return minimumSize;
    }

    public StringProperty schemaProperty() {
        return schema;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObservableList<Map.Entry<String, Integer>> counts() {
        return counts;
    }
}

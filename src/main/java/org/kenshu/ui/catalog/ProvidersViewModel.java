package org.kenshu.ui.catalog;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.I18n;
import org.kenshu.model.Provider;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.RefusedException;
import org.kenshu.service.catalog.ProviderService;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/** 研修機関 tab: internal sections and outside institutions; the form edits the selected one or a new one. */
public final class ProvidersViewModel {
    private final ProviderService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final ObjectProperty<Provider> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty internal = new SimpleBooleanProperty(false);
    private final StringProperty note = new SimpleStringProperty("");
    private Runnable changed = () -> { };

    public ProvidersViewModel(ProviderService service, TaskRunner tasks, DialogService dialogs, UndoStack undo) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        selected.addListener((o, a, p) -> show(p));
    }

    public void setOnChanged(Runnable changed) {
        this.changed = changed;
    }

    public void refresh() {
        tasks.run(I18n.t("task.loadingCatalog"), p -> service.providers(), list -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            providers.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(x -> x.id() == keep).findFirst().orElse(null));
        });
    }

    private void show(Provider p) {
        name.set(p == null ? "" : p.name());
        internal.set(p != null && p.internal());
        note.set(p == null || p.note() == null ? "" : p.note());
    }

    /** Empties the form for a new provider. */
    public void newProvider() {
        selected.set(null);
        show(null);
    }

    public void save() {
        Provider current = selected.get();
        save(new Provider(current == null ? 0 : current.id(), name.get(), internal.get(), note.get(),
                current == null ? 0 : current.version()), current);
    }

    private void save(Provider wanted, Provider before) {
        tasks.run(I18n.t("task.saving"), p -> service.save(wanted), saved -> {
            if (before == null) {
                undo.push(I18n.t("providers.undoAdd", saved.name()), p -> service.delete(saved), this::reload);
            } else {
                undo.push(I18n.t("providers.undoEdit", before.name()), p -> service.save(new Provider(before.id(),
                        before.name(), before.internal(), before.note(), saved.version())), this::reload);
            }
            dialogs.notify(I18n.t("providers.saved", saved.name()));
            providers.removeIf(x -> x.id() == saved.id());
            providers.add(saved);
            selected.set(saved);
            reload();
        }, failure -> {
            if (failure instanceof StaleEditException stale && stale.stored() instanceof Provider stored) {
                var fields = List.of(new ConflictField(I18n.t("providers.name"), stored.name(), wanted.name()),
                        new ConflictField(I18n.t("providers.internal"), yesNo(stored.internal()), yesNo(wanted.internal())),
                        new ConflictField(I18n.t("providers.note"), stored.note(), wanted.note()));
                if (dialogs.resolveConflict(stored.name(), fields) == ConflictChoice.KEEP_MINE) {
                    save(new Provider(stored.id(), wanted.name(), wanted.internal(), wanted.note(), stored.version()),
                            stored);
                } else {
                    selected.set(stored);
                    reload();
                }
            } else {
                refused(failure);
            }
        });
    }

    public void delete() {
        Provider p = selected.get();
        if (p == null || !dialogs.confirm(I18n.t("providers.title"), I18n.t("providers.confirmDelete", p.name()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), x -> {
            service.delete(p);
            return p;
        }, gone -> {
            undo.push(I18n.t("providers.undoDelete", gone.name()),
                    x -> service.save(new Provider(0, gone.name(), gone.internal(), gone.note(), 0)), this::reload);
            selected.set(null);
            reload();
        }, this::refused);
    }

    private void reload() {
        refresh();
        changed.run();
    }

    private void refused(Throwable failure) {
        if (failure instanceof RefusedException || failure instanceof StaleEditException) {
            dialogs.showError(I18n.t("providers.title"), failure instanceof RefusedException ? failure.getMessage()
                    : I18n.t("courseTypes.changedElsewhere"), null);
            reload();
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("providers.saveFailed"), failure);
        }
    }

    private static String yesNo(boolean b) {
        return I18n.t(b ? "common.yes" : "common.no");
    }

    public ObservableList<Provider> providers() {
        return providers;
    }

    public ObjectProperty<Provider> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty internalProperty() {
        return internal;
    }

    public StringProperty noteProperty() {
        return note;
    }
}

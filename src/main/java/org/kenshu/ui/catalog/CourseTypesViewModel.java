package org.kenshu.ui.catalog;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kenshu.model.CourseType;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.RefusedException;
import org.kenshu.service.catalog.CourseTypeService;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/** 研修区分 tab: the configurable list of course types — add, rename, recolour, reorder, remove an unused one. */
public final class CourseTypesViewModel {
    private final CourseTypeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final ObservableList<CourseType> types = FXCollections.observableArrayList();
    private final ObjectProperty<CourseType> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color = new SimpleStringProperty("#1F4E79");
    private Runnable changed = () -> { };

    public CourseTypesViewModel(CourseTypeService service, TaskRunner tasks, DialogService dialogs, UndoStack undo) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        selected.addListener((o, a, t) -> {
            name.set(t == null ? "" : t.name());
            color.set(t == null || t.color() == null ? "#1F4E79" : t.color());
        });
    }

    /** Called after every stored change (the course list shows type names and colours). */
    public void setOnChanged(Runnable changed) {
        this.changed = changed;
    }

    public void refresh() {
        tasks.run(I18n.t("task.loadingCatalog"), p -> service.types(), this::show);
    }

    private void show(List<CourseType> list) {
        Long keep = selected.get() == null ? null : selected.get().id();
        types.setAll(list);
        selected.set(keep == null ? null : list.stream().filter(t -> t.id() == keep).findFirst().orElse(null));
    }

    /** Adds a type named as typed (or 「新しい研修区分」). */
    public void add() {
        String wanted = name.get() == null || name.get().isBlank() || selected.get() != null
                ? freeDefaultName() : name.get();
        run(p -> service.add(wanted, color.get()), t -> {
            undo.push(I18n.t("courseTypes.undoAdd", t.name()), p -> service.delete(t), this::reload);
            reload();
            selected.set(t);
        });
    }

    private String freeDefaultName() {
        String base = I18n.t("courseTypes.newName");
        String candidate = base;
        for (int n = 2; isTaken(candidate); n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    private boolean isTaken(String candidate) {
        return types.stream().anyMatch(t -> t.name().equals(candidate));
    }

    /** Saves the selected type's name and colour. */
    public void save() {
        CourseType t = selected.get();
        if (t == null) {
            return;
        }
        save(new CourseType(t.id(), t.code(), name.get(), color.get(), t.sortOrder(), t.version()), t);
    }

    private void save(CourseType wanted, CourseType before) {
        tasks.run(I18n.t("task.saving"), p -> service.save(wanted), saved -> {
            undo.push(I18n.t("courseTypes.undoEdit", before.name()), p -> service.save(new CourseType(before.id(),
                    before.code(), before.name(), before.color(), saved.sortOrder(), saved.version())), this::reload);
            reload();
        }, failure -> {
            if (failure instanceof StaleEditException stale && stale.stored() instanceof CourseType stored) {
                var fields = List.of(new ConflictField(I18n.t("courseTypes.name"), stored.name(), wanted.name()),
                        new ConflictField(I18n.t("courseTypes.color"), stored.color(), wanted.color()));
                if (dialogs.resolveConflict(stored.name(), fields) == ConflictChoice.KEEP_MINE) {
                    save(new CourseType(stored.id(), stored.code(), wanted.name(), wanted.color(), stored.sortOrder(),
                            stored.version()), stored);
                } else {
                    reload();
                }
            } else {
                refused(failure);
            }
        });
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int step) {
        CourseType t = selected.get();
        if (t == null) {
            return;
        }
        run(p -> service.move(t, step), list -> {
            CourseType moved = list.stream().filter(x -> x.id() == t.id()).findFirst().orElse(t);
            if (moved.sortOrder() != t.sortOrder()) {
                undo.push(I18n.t("courseTypes.undoMove", t.name()), p -> service.move(service.types().stream()
                        .filter(x -> x.id() == t.id()).findFirst().orElseThrow(), -step), this::reload);
            }
            show(list);
            changed.run();
        });
    }

    public void delete() {
        CourseType t = selected.get();
        if (t == null || !dialogs.confirm(I18n.t("courseTypes.title"), I18n.t("courseTypes.confirmDelete", t.name()))) {
            return;
        }
        run(p -> {
            service.delete(t);
            return t;
        }, gone -> {
            undo.push(I18n.t("courseTypes.undoDelete", gone.name()), p -> service.restore(gone), this::reload);
            selected.set(null);
            reload();
        });
    }

    private void reload() {
        refresh();
        changed.run();
    }

    private <T> void run(org.kenshu.ui.common.BackgroundWork<T> work, java.util.function.Consumer<T> done) {
        tasks.run(I18n.t("task.saving"), work, done, this::refused);
    }

    private void refused(Throwable failure) {
        if (failure instanceof RefusedException || failure instanceof StaleEditException) {
            dialogs.showError(I18n.t("courseTypes.title"), failure instanceof RefusedException ? failure.getMessage()
                    : I18n.t("courseTypes.changedElsewhere"), null);
            reload();
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("courseTypes.saveFailed"), failure);
        }
    }

    public ObservableList<CourseType> types() {
        return types;
    }

    public ObjectProperty<CourseType> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty colorProperty() {
        return color;
    }
}

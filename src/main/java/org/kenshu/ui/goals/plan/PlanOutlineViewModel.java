package org.kenshu.ui.goals.plan;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.InitiativeEditService;
import org.kenshu.service.InitiativeEditService.Item;
import org.kenshu.service.InitiativeEditService.Level;
import org.kenshu.service.InitiativeService.InitiativeRow;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * The shape of the 実施計画 on its tab: 柱・方向性・取組 added, renamed, moved and deleted on the
 * row chosen in the table. The column of the chosen cell says which level is acted on (the 柱 cell
 * acts on the pillar). Each change is undoable; a refused delete says what is under the item.
 */
public final class PlanOutlineViewModel {
    private final InitiativeEditService edits;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final Runnable refresh;
    private final ObjectProperty<InitiativeRow> row = new SimpleObjectProperty<>();
    private final ObjectProperty<Item> target = new SimpleObjectProperty<>();
    /** The item to choose after the next reload (the one just added), else the chosen one stays. */
    private Item next;
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper(I18n.t("initiatives.tree.noTarget"));

    public PlanOutlineViewModel(InitiativeEditService edits, TaskRunner tasks, DialogService dialogs, UndoStack undo,
            Runnable refresh) {
        this.edits = edits;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.refresh = refresh;
    }

    /** Chooses the row and the level acted on; a level the row lacks falls back to the deepest it has. */
    public void select(InitiativeRow r, Level level) {
        row.set(r);
        Item item = null;
        if (r != null) {
            Level l = level == Level.INITIATIVE && r.initiative() == null ? Level.DIRECTION : level;
            l = l == Level.DIRECTION && r.direction() == null ? Level.PILLAR : l;
            item = switch (l) {
                case PILLAR -> edits.pillar(r.pillar());
                case DIRECTION -> edits.direction(r.direction());
                case INITIATIVE -> edits.initiative(r.initiative());
            };
        }
        target.set(item);
        targetText.set(item == null ? I18n.t("initiatives.tree.noTarget")
                : I18n.t("initiatives.tree.target", item.level().label(), item.name()));
    }

    public void addPillar() {
        add(Level.PILLAR, 0, null);
    }

    /** Adds a direction under the chosen row's pillar. */
    public void addDirection() {
        InitiativeRow r = row.get();
        if (r != null) {
            add(Level.DIRECTION, r.pillar().id(), r.pillar().name());
        }
    }

    /** Adds an initiative under the chosen row's direction. */
    public void addInitiative() {
        InitiativeRow r = row.get();
        if (r != null && r.direction() != null) {
            add(Level.INITIATIVE, r.direction().id(), r.direction().name());
        }
    }

    private void add(Level level, long parentId, String parentName) {
        String title = I18n.t("initiatives.tree.addTitle", level.label());
        Optional<String> name = dialogs.askText(title, parentName == null
                ? I18n.t("initiatives.tree.addPromptTop", level.label())
                : I18n.t("initiatives.tree.addPrompt", level.label(), parentName), "");
        if (name.isEmpty() || !valid(title, edits.problems(level, parentId, 0, name.get()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> edits.add(level, parentId, name.get()), added -> {
            next = added;
            dialogs.notify(I18n.t("initiatives.tree.added", level.label(), added.name()));
            undo.push(I18n.t("initiatives.tree.undoAdd", level.label(), added.name()),
                    p -> edits.delete(edits.current(level, added.id())), refresh);
            refresh.run();
        }, this::failed);
    }

    public void rename() {
        Item item = target.get();
        if (item == null) {
            return;
        }
        String title = I18n.t("initiatives.tree.renameTitle", item.level().label());
        Optional<String> name = dialogs.askText(title,
                I18n.t("initiatives.tree.renamePrompt", item.level().label(), item.name()), item.name());
        if (name.isEmpty() || name.get().strip().equals(item.name())
                || !valid(title, edits.problems(item.level(), item.parentId(), item.id(), name.get()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> edits.rename(item, name.get()), saved -> {
            dialogs.notify(I18n.t("initiatives.tree.renamed", item.name(), saved.name()));
            undo.push(I18n.t("initiatives.tree.undoRename", saved.name()),
                    p -> edits.rename(edits.current(item.level(), item.id()), item.name()), refresh);
            refresh.run();
        }, failure -> renameFailed(failure, item, name.get().strip()));
    }

    /** Someone renamed it meanwhile: their name beside mine, and the officer picks. */
    private void renameFailed(Throwable failure, Item item, String mine) {
        if (!(failure instanceof StaleEditException stale) || stale.stored() == null) {
            failed(failure);
            return;
        }
        Item stored = edits.of(stale.stored());
        var fields = List.of(new ConflictField(I18n.t("initiatives.name"), stored.name(), mine));
        if (dialogs.resolveConflict(item.level().label(), fields) == ConflictChoice.KEEP_MINE) {
            tasks.run(I18n.t("task.saving"), p -> edits.rename(stored, mine), saved -> refresh.run(), this::failed);
        } else {
            refresh.run();
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int step) {
        Item item = target.get();
        if (item == null) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> edits.move(item, step), moved -> {
            if (moved) {
                dialogs.notify(I18n.t("initiatives.tree.moved", item.name()));
                undo.push(I18n.t("initiatives.tree.undoMove", item.name()),
                        p -> edits.move(edits.current(item.level(), item.id()), -step), refresh);
            }
            refresh.run();
        }, this::failed);
    }

    /** Deletes the chosen item after a yes; refused (with what is under it) when it is not empty. */
    public void delete() {
        Item item = target.get();
        if (item == null) {
            return;
        }
        String title = I18n.t("initiatives.tree.deleteTitle", item.level().label());
        if (!valid(title, edits.deleteProblems(item)) || !dialogs.confirm(title,
                I18n.t("initiatives.tree.deleteConfirm", item.level().label(), item.name()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> {
            List<Item> siblings = edits.siblings(item.level(), item.parentId());
            int index = siblings.stream().map(Item::id).toList().indexOf(item.id());
            edits.delete(item);
            return index;
        }, index -> {
            dialogs.notify(I18n.t("initiatives.tree.deleted", item.level().label(), item.name()));
            // Undo adds it again under the same parent and moves it back to its place.
            undo.push(I18n.t("initiatives.tree.undoDelete", item.level().label(), item.name()),
                    p -> restore(item, index), refresh);
            select(null, null);
            refresh.run();
        }, this::failed);
    }

    private void restore(Item item, int index) {
        Item back = edits.add(item.level(), item.parentId(), item.name());
        int last = edits.siblings(item.level(), item.parentId()).size() - 1;
        for (int at = last; at > Math.max(0, index); at--) {
            edits.move(edits.current(back.level(), back.id()), -1);
        }
    }

    private boolean valid(String title, List<String> problems) {
        if (problems.isEmpty()) {
            return true;
        }
        dialogs.showError(title, String.join("\n", problems), null);
        return false;
    }

    private void failed(Throwable failure) {
        if (failure instanceof StaleEditException) {
            dialogs.showError(I18n.t("initiatives.title"), I18n.t("initiatives.tree.stale"), failure);
        } else {
            dialogs.showError(I18n.t("initiatives.title"), failure.getMessage(), failure);
        }
        refresh.run();
    }

    /** What to choose once the table is reloaded: the item just added, or the one chosen before. */
    Item keep() {
        Item keep = next != null ? next : target.get();
        next = null;
        return keep;
    }

    public ObjectProperty<InitiativeRow> rowProperty() {
        return row;
    }

    public ObjectProperty<Item> targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    /** 方向性を追加 needs a chosen row (its pillar). */
    public BooleanBinding cannotAddDirection() {
        return row.isNull();
    }

    /** 取組を追加 needs a chosen row with a direction. */
    public BooleanBinding cannotAddInitiative() {
        return Bindings.createBooleanBinding(() -> row.get() == null || row.get().direction() == null, row);
    }
}

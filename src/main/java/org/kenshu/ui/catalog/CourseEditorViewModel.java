package org.kenshu.ui.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.I18n;
import org.kenshu.model.Provider;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Tier;
import org.kenshu.service.RefusedException;
import org.kenshu.service.catalog.CatalogChoices;
import org.kenshu.service.catalog.CourseDetail;
import org.kenshu.service.catalog.CourseEditService;
import org.kenshu.ui.catalog.FormNumbers.BadNumberException;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * The course form: shows a course (or a blank one), checks the numbers, saves through the service, shows
 * a change made elsewhere beside the officer's values, and leaves an undo step for every save.
 */
public final class CourseEditorViewModel {
    private final CourseEditService courses;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final CourseForm form = new CourseForm();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private CourseDetail loaded;
    private Consumer<CourseDetail> onSaved = d -> { };
    private Runnable afterUndo = () -> { };

    public CourseEditorViewModel(CourseEditService courses, TaskRunner tasks, DialogService dialogs, UndoStack undo) {
        this.courses = courses;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
    }

    /** {@code saved} gets every stored course (to refresh the list and select it); {@code afterUndo} refreshes the page. */
    public void setListeners(Consumer<CourseDetail> saved, Runnable afterUndo) {
        this.onSaved = saved;
        this.afterUndo = afterUndo;
    }

    public void setChoices(CatalogChoices choices) {
        form.setChoices(choices);
        if (active.get()) {
            form.show(loaded);
        }
    }

    public void edit(CourseDetail detail) {
        loaded = detail;
        form.show(detail);
        title.set(detail.course().retired() ? I18n.t("course.titleRetired", detail.course().name())
                : detail.course().name());
        active.set(true);
    }

    public void newCourse() {
        loaded = null;
        form.show(null);
        title.set(I18n.t("course.titleNew"));
        active.set(true);
    }

    public void clear() {
        loaded = null;
        title.set("");
        active.set(false);
    }

    /** Puts back what is stored (drops the officer's unsaved changes). */
    public void revert() {
        form.show(loaded);
    }

    public void save() {
        if (!active.get()) {
            return;
        }
        Course wanted;
        try {
            wanted = form.toCourse(loaded == null ? null : loaded.course());
        } catch (BadNumberException e) {
            dialogs.showError(I18n.t("course.saveTitle"), e.getMessage(), null);
            return;
        }
        if (wanted.name() == null || wanted.name().isBlank()) {
            dialogs.showError(I18n.t("course.saveTitle"), I18n.t("catalog.nameRequired"), null);
            return;
        }
        save(wanted, form.aliasList());
    }

    private void save(Course wanted, List<String> aliases) {
        CourseDetail before = loaded;
        tasks.run(I18n.t("task.saving"), p -> courses.save(wanted, aliases), saved -> {
            edit(saved);
            dialogs.notify(I18n.t("course.saved", saved.course().name()));
            pushUndo(before, saved);
            onSaved.accept(saved);
        }, failure -> failed(failure, wanted, aliases));
    }

    private void pushUndo(CourseDetail before, CourseDetail saved) {
        if (before == null) {
            undo.push(I18n.t("course.undoNew", saved.course().name()), p -> courses.delete(saved.course()), afterUndo);
            return;
        }
        Course b = before.course();
        Course back = new Course(b.id(), b.code(), b.name(), b.courseTypeId(), b.providerId(), b.format(), b.days(),
                b.hours(), b.defaultCapacity(), b.costPerHead(), b.mode(), b.description(), b.target(),
                b.competencyIds(), b.retired(), saved.course().version());
        undo.push(I18n.t("course.undoEdit", b.name()), p -> courses.save(back, before.aliases()), afterUndo);
    }

    private void failed(Throwable failure, Course wanted, List<String> aliases) {
        if (failure instanceof StaleEditException stale) {
            if (stale.stored() instanceof Course stored) {
                resolveConflict(stored, wanted, aliases);
            } else {
                dialogs.showError(I18n.t("course.saveTitle"), I18n.t("course.deleted"), null);
                clear();
            }
        } else if (failure instanceof RefusedException refused) {
            dialogs.showError(I18n.t("course.saveTitle"), refused.getMessage(), null);
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("course.saveFailed"), failure);
        }
    }

    private void resolveConflict(Course stored, Course mine, List<String> aliases) {
        var fields = List.of(
                new ConflictField(I18n.t("catalog.column.name"), stored.name(), mine.name()),
                new ConflictField(I18n.t("catalog.column.type"), typeName(stored), typeName(mine)),
                new ConflictField(I18n.t("catalog.column.provider"), providerName(stored), providerName(mine)),
                new ConflictField(I18n.t("catalog.column.format"), I18n.label(stored.format()), I18n.label(mine.format())),
                new ConflictField(I18n.t("catalog.column.days"), FormNumbers.text(stored.days()), FormNumbers.text(mine.days())),
                new ConflictField(I18n.t("catalog.column.hours"), FormNumbers.text(stored.hours()), FormNumbers.text(mine.hours())),
                new ConflictField(I18n.t("catalog.column.capacity"), FormNumbers.text(stored.defaultCapacity()),
                        FormNumbers.text(mine.defaultCapacity())),
                new ConflictField(I18n.t("catalog.column.cost"), FormNumbers.text(stored.costPerHead()),
                        FormNumbers.text(mine.costPerHead())),
                new ConflictField(I18n.t("catalog.column.mode"), I18n.label(stored.mode()), I18n.label(mine.mode())),
                new ConflictField(I18n.t("catalog.column.target"), tierNames(stored), tierNames(mine)));
        if (dialogs.resolveConflict(stored.name(), fields) == ConflictChoice.KEEP_MINE) {
            save(new Course(mine.id(), mine.code(), mine.name(), mine.courseTypeId(), mine.providerId(), mine.format(),
                    mine.days(), mine.hours(), mine.defaultCapacity(), mine.costPerHead(), mine.mode(),
                    mine.description(), mine.target(), mine.competencyIds(), stored.retired(), stored.version()),
                    aliases);
        } else {
            tasks.run(I18n.t("task.loadingCatalog"), p -> courses.detail(stored.id()), this::edit);
        }
    }

    private String typeName(Course c) {
        return form.types.stream().filter(t -> t.id() == c.courseTypeId()).map(CourseType::name).findFirst().orElse("");
    }

    private String providerName(Course c) {
        return c.providerId() == null ? "" : form.providers.stream().filter(p -> p.id() == c.providerId())
                .map(Provider::name).findFirst().orElse("");
    }

    private String tierNames(Course c) {
        Map<Long, String> names = form.tiers.stream().collect(Collectors.toMap(p -> p.item().id(), Pick::label));
        return form.tiers.stream().map(Pick::item).map(Tier::id).filter(c.target().tierIds()::contains)
                .map(names::get).collect(Collectors.joining("、"));
    }

    public CourseForm form() {
        return form;
    }

    /** The course shown, or null for a new one. */
    public CourseDetail loaded() {
        return loaded;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}

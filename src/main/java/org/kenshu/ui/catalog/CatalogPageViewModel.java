package org.kenshu.ui.catalog;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.Course;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.CatalogService;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.RefusedException;
import org.kenshu.service.catalog.CatalogChoices;
import org.kenshu.service.catalog.CourseEditService;
import org.kenshu.service.catalog.CourseTypeService;
import org.kenshu.service.catalog.ProviderService;
import org.kenshu.service.imports.Text;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 研修カタログ: every course (retired ones only when asked), filtered as typed; the selected course in the
 * form beside it; new, copy, retire. The course types and providers have tabs of their own.
 */
public final class CatalogPageViewModel {
    private final CatalogService catalog;
    private final CourseEditService courses;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final CourseEditorViewModel editor;
    private final CourseTypesViewModel types;
    private final ProvidersViewModel providers;
    private final ObservableList<CourseEntry> all = FXCollections.observableArrayList();
    private final FilteredList<CourseEntry> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<CourseEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper retireLabel = new ReadOnlyStringWrapper(I18n.t("catalog.retire"));
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private Long selectAfterLoad;

    public CatalogPageViewModel(CatalogService catalog, CourseEditService courses, CourseTypeService courseTypes,
            ProviderService providerService, TaskRunner tasks, DialogService dialogs, UndoStack undo) {
        this.catalog = catalog;
        this.courses = courses;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.editor = new CourseEditorViewModel(courses, tasks, dialogs, undo);
        this.types = new CourseTypesViewModel(courseTypes, tasks, dialogs, undo);
        this.providers = new ProvidersViewModel(providerService, tasks, dialogs, undo);
        editor.setListeners(saved -> reloadSelecting(saved.course().id()), this::refresh);
        types.setOnChanged(this::refresh);
        providers.setOnChanged(this::refresh);
        filter.addListener((o, a, b) -> applyFilter());
        showRetired.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, entry) -> open(entry));
    }

    private record Loaded(List<CourseEntry> courses, CatalogChoices choices) {
    }

    public void refresh() {
        Long keep = selectAfterLoad != null ? selectAfterLoad : selected.get() == null ? null
                : selected.get().course().id();
        selectAfterLoad = null;
        tasks.run(I18n.t("task.loadingCatalog"), p -> new Loaded(catalog.courses(), catalog.choices()), l -> {
            all.setAll(l.courses());
            editor.setChoices(l.choices());
            applyFilter();
            CourseEntry again = keep == null ? null
                    : all.stream().filter(e -> e.course().id() == keep).findFirst().orElse(null);
            if (again != null && again.course().retired() && !showRetired.get()) {
                showRetired.set(true);
            }
            selected.set(again);
        });
        types.refresh();
        providers.refresh();
    }

    private void reloadSelecting(long courseId) {
        selectAfterLoad = courseId;
        refresh();
    }

    private void open(CourseEntry entry) {
        retireLabel.set(I18n.t(entry != null && entry.course().retired() ? "catalog.restore" : "catalog.retire"));
        if (entry == null) {
            if (editor.loaded() != null) {
                editor.clear();
            }
            return;
        }
        tasks.run(I18n.t("task.loadingCatalog"), p -> courses.detail(entry.course().id()), editor::edit);
    }

    public void newCourse() {
        selected.set(null);
        editor.newCourse();
    }

    public void copySelected() {
        CourseEntry e = selected.get();
        if (e == null) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> courses.copy(e.course().id()), copy -> {
            dialogs.notify(I18n.t("catalog.copied", copy.course().name()));
            undo.push(I18n.t("course.undoNew", copy.course().name()), p -> courses.delete(copy.course()),
                    this::refresh);
            reloadSelecting(copy.course().id());
        }, this::failed);
    }

    /** Retires the selected course (after asking), or brings a retired one back. */
    public void toggleRetired() {
        CourseEntry e = selected.get();
        if (e == null) {
            return;
        }
        Course c = e.course();
        boolean retire = !c.retired();
        if (retire && !dialogs.confirm(I18n.t("catalog.retireTitle"), I18n.t("catalog.retireConfirm", c.name()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> courses.setRetired(c, retire), saved -> {
            dialogs.notify(I18n.t(retire ? "catalog.retired" : "catalog.restored", saved.name()));
            undo.push(I18n.t(retire ? "catalog.undoRetire" : "catalog.undoRestore", saved.name()),
                    p -> courses.setRetired(saved, !retire), this::refresh);
            reloadSelecting(saved.id());
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof RefusedException || failure instanceof StaleEditException) {
            dialogs.showError(I18n.t("page.catalog"), failure instanceof RefusedException ? failure.getMessage()
                    : I18n.t("courseTypes.changedElsewhere"), null);
            refresh();
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("course.saveFailed"), failure);
        }
    }

    private void applyFilter() {
        String key = Text.key(filter.get());
        shown.setPredicate(e -> (showRetired.get() || !e.course().retired()) && (key.isEmpty()
                || Text.key(e.course().name() + e.typeName() + e.providerName() + e.targetTiers()).contains(key)));
        long retired = all.stream().filter(e -> e.course().retired()).count();
        count.set(I18n.t("catalog.count", shown.size(), all.size() - retired, retired));
    }

    public FilteredList<CourseEntry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ObjectProperty<CourseEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty retireLabelProperty() {
        return retireLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public CourseEditorViewModel editor() {
        return editor;
    }

    public CourseTypesViewModel types() {
        return types;
    }

    public ProvidersViewModel providers() {
        return providers;
    }
}

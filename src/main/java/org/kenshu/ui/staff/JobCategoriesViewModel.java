package org.kenshu.ui.staff;

import java.util.ArrayList;
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
import org.kenshu.model.JobCategory;
import org.kenshu.service.JobCategoryService;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/** 職種: the list in order; add, rename, move up/down, retire one nobody holds any more. */
public final class JobCategoriesViewModel {
    private final JobCategoryService service;
    private final Editor editor;
    private final ObservableList<JobCategory> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<JobCategory> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public JobCategoriesViewModel(JobCategoryService service, Editor editor) {
        this.service = service;
        this.editor = editor;
        selected.addListener((obs, old, job) -> show(job));
    }

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        editor.tasks().run(I18n.t("task.loadingStaff"), p -> service.jobCategories(), list -> {
            jobs.setAll(list);
            selected.set(list.stream().filter(j -> keep != null && j.id() == keep).findFirst().orElse(null));
            show(selected.get());
        });
    }

    private void show(JobCategory j) {
        creating.set(false);
        name.set(j == null ? "" : j.name());
        code.set(j == null ? "" : j.code());
        description.set(j == null || j.description() == null ? "" : j.description());
        error.set("");
    }

    public void newJobCategory() {
        selected.set(null);
        show(null);
        creating.set(true);
    }

    public void cancel() {
        show(selected.get());
    }

    public void save() {
        JobCategory current = selected.get();
        if (!creating.get() && current == null) {
            return;
        }
        String problem = validate(current == null ? 0 : current.id());
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        if (creating.get()) {
            JobCategory wanted = new JobCategory(0, code.get(), name.get(), description.get(), 0, false, 0);
            editor.save(I18n.t("jobCategory.subject", name.get()), p -> service.add(wanted), saved -> {
                editor.saved(I18n.t("jobCategory.added", saved.name()), I18n.t("jobCategory.undoAdd", saved.name()),
                        p -> service.remove(saved), this::refresh);
                refreshSelecting(saved);
            }, null);
        } else {
            update(current, current.version());
        }
    }

    private void update(JobCategory before, int version) {
        JobCategory wanted = new JobCategory(before.id(), code.get(), name.get(), description.get(), before.sortOrder(),
                before.retired(), version);
        editor.save(I18n.t("jobCategory.subject", before.name()), p -> service.update(wanted), saved -> {
            editor.saved(I18n.t("jobCategory.saved", saved.name()), I18n.t("jobCategory.undoEdit", saved.name()),
                    p -> service.revert(saved, before), this::refresh);
            refreshSelecting(saved);
        }, stored -> {
            if (stored instanceof JobCategory s && editor.keepMine(I18n.t("jobCategory.subject", s.name()), List.of(
                    new ConflictField(I18n.t("jobCategory.name"), s.name(), name.get()),
                    new ConflictField(I18n.t("staff.tier.code"), s.code(), code.get()),
                    new ConflictField(I18n.t("staff.tier.description"), s.description() == null ? ""
                            : s.description(), description.get())))) {
                update(s, s.version());
            } else {
                refresh();
            }
        });
    }

    public void moveSelected(int delta) {
        int from = jobs.indexOf(selected.get());
        int to = from + delta;
        if (from < 0 || to < 0 || to >= jobs.size()) {
            return;
        }
        List<JobCategory> before = List.copyOf(jobs);
        List<JobCategory> order = new ArrayList<>(jobs);
        JobCategory moved = order.remove(from);
        order.add(to, moved);
        editor.save(I18n.t("jobCategory.subject", moved.name()), p -> service.reorder(order), saved -> {
            editor.saved(I18n.t("jobCategory.reordered"), I18n.t("jobCategory.undoOrder"),
                    p -> service.revertOrder(saved, before), this::refresh);
            refreshSelecting(moved);
        }, stored -> refresh());
    }

    public void retire(boolean retire) {
        JobCategory j = selected.get();
        if (j == null || j.retired() == retire) {
            return;
        }
        editor.save(I18n.t("jobCategory.subject", j.name()), p -> retire ? service.retire(j) : service.restore(j),
                saved -> {
                    editor.saved(I18n.t(retire ? "jobCategory.retired" : "jobCategory.restored", saved.name()),
                            I18n.t(retire ? "jobCategory.undoRetire" : "jobCategory.undoRestore", saved.name()),
                            p -> service.revert(saved, j), this::refresh);
                    refreshSelecting(saved);
                }, stored -> refresh());
    }

    String validate(long self) {
        return NameAndCode.problem("jobCategory", name.get(), code.get(), creating.get(), jobs, self, JobCategory::id, JobCategory::name,
                JobCategory::code);
    }

    private void refreshSelecting(JobCategory j) {
        selected.set(j);
        refresh();
    }

    public ObservableList<JobCategory> jobs() {
        return jobs;
    }

    public ObjectProperty<JobCategory> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

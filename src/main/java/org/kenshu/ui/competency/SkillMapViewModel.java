package org.kenshu.ui.competency;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.SkillItem;
import org.kenshu.service.JobCategoryService;
import org.kenshu.service.SkillMapService;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/** スキルマップ: items A–E per job category and position (小千谷市), filtered by job category. */
public final class SkillMapViewModel {
    private final SkillMapService service;
    private final JobCategoryService jobService;
    private final Editor editor;
    private final ObservableList<SkillItem> items = FXCollections.observableArrayList();
    private final FilteredList<SkillItem> shown = new FilteredList<>(items);
    private final ObservableList<JobCategory> jobs = FXCollections.observableArrayList();
    private final ObservableList<String> positions = FXCollections.observableArrayList();
    private final ObjectProperty<JobCategory> jobFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SkillItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final ObjectProperty<JobCategory> job = new SimpleObjectProperty<>();
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    SkillMapViewModel(SkillMapService service, JobCategoryService jobService, Editor editor) {
        this.service = service;
        this.jobService = jobService;
        this.editor = editor;
        jobFilter.addListener((obs, old, j) -> filter());
        selected.addListener((obs, old, item) -> show(item));
    }

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        editor.tasks().run(I18n.t("task.loadingCompetencies"), p -> new Loaded(service.items(),
                jobService.jobCategories()), l -> {
                    jobs.setAll(l.jobs());
                    List<Long> order = l.jobs().stream().map(JobCategory::id).toList();
                    items.setAll(l.items().stream().sorted(Comparator.comparingInt((SkillItem s) ->
                            s.jobCategoryId() == null ? -1 : order.indexOf(s.jobCategoryId()))
                            .thenComparingInt(SkillItem::sortOrder)).toList());
                    filter();
                    selected.set(items.stream().filter(i -> keep != null && i.id() == keep).findFirst().orElse(null));
                    show(selected.get());
                });
    }

    private record Loaded(List<SkillItem> items, List<JobCategory> jobs) {
    }

    private void filter() {
        JobCategory j = jobFilter.get();
        shown.setPredicate(i -> j == null || Objects.equals(i.jobCategoryId(), j.id()));
        positions.setAll(shown.stream().map(SkillItem::positionGroup).distinct().toList());
    }

    private void show(SkillItem s) {
        creating.set(false);
        error.set("");
        job.set(s == null ? jobFilter.get() : jobs.stream().filter(j -> Objects.equals(j.id(), s.jobCategoryId()))
                .findFirst().orElse(null));
        position.set(s == null ? "" : s.positionGroup());
        code.set(s == null ? "" : s.itemCode());
        name.set(s == null ? "" : s.itemName());
        description.set(s == null || s.description() == null ? "" : s.description());
    }

    /** A new item for the job category shown and the selected item's position. */
    public void newItem() {
        SkillItem like = selected.get();
        selected.set(null);
        show(null);
        if (like != null) {
            job.set(jobs.stream().filter(j -> Objects.equals(j.id(), like.jobCategoryId())).findFirst().orElse(null));
            position.set(like.positionGroup());
        }
        creating.set(true);
    }

    public void cancel() {
        show(selected.get());
    }

    public void save() {
        String problem = validate();
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        Long jobId = job.get() == null ? null : job.get().id();
        if (creating.get()) {
            var wanted = new SkillItem(0, jobId, position.get(), code.get(), name.get(), description.get(), 0, 0);
            editor.save(subject(), p -> service.add(wanted), saved -> {
                editor.saved(I18n.t("skillItem.added", saved.itemCode(), saved.positionGroup()),
                        I18n.t("skillItem.undoAdd", saved.itemCode(), saved.positionGroup()),
                        p -> service.remove(saved), this::refresh);
                select(saved);
            }, null);
        } else if (selected.get() != null) {
            update(selected.get(), selected.get().version());
        }
    }

    private void update(SkillItem before, int version) {
        Long jobId = job.get() == null ? null : job.get().id();
        var wanted = new SkillItem(before.id(), jobId, position.get(), code.get(), name.get(), description.get(),
                before.sortOrder(), version);
        editor.save(subject(), p -> service.update(wanted), saved -> {
            editor.saved(I18n.t("skillItem.saved", saved.itemCode(), saved.positionGroup()),
                    I18n.t("skillItem.undoEdit", saved.itemCode(), saved.positionGroup()),
                    p -> service.revert(saved, before), this::refresh);
            select(saved);
        }, stored -> {
            if (stored instanceof SkillItem s && editor.keepMine(subject(), List.of(
                    new ConflictField(I18n.t("skillItem.name"), s.itemName(), name.get()),
                    new ConflictField(I18n.t("skillItem.description"), text(s.description()), description.get())))) {
                update(s, s.version());
            } else {
                refresh();
            }
        });
    }

    public void delete() {
        SkillItem s = selected.get();
        if (s == null || !editor.confirm(I18n.t("skillItem.deleteTitle"),
                I18n.t("skillItem.deleteConfirm", s.itemCode(), s.positionGroup()))) {
            return;
        }
        editor.save(subject(), p -> {
            service.delete(s);
            return s;
        }, deleted -> {
            editor.saved(I18n.t("skillItem.deleted", s.itemCode(), s.positionGroup()),
                    I18n.t("skillItem.undoDelete", s.itemCode(), s.positionGroup()), p -> service.restore(deleted),
                    this::refresh);
            select(null);
        }, stored -> refresh());
    }

    String validate() {
        if (position.get() == null || position.get().isBlank()) {
            return I18n.t("skillItem.positionRequired");
        }
        if (code.get() == null || code.get().isBlank()) {
            return I18n.t("skillItem.codeRequired");
        }
        if (name.get() == null || name.get().isBlank()) {
            return I18n.t("skillItem.nameRequired");
        }
        long self = creating.get() || selected.get() == null ? 0 : selected.get().id();
        Long jobId = job.get() == null ? null : job.get().id();
        boolean taken = items.stream().anyMatch(i -> i.id() != self && Objects.equals(i.jobCategoryId(), jobId)
                && i.positionGroup().equals(position.get().strip()) && i.itemCode().equals(code.get().strip()));
        return taken ? I18n.t("skillItem.codeTaken", code.get().strip(), position.get().strip()) : null;
    }

    private void select(SkillItem s) {
        selected.set(s);
        refresh();
    }

    public String jobName(Long id) {
        return jobs.stream().filter(j -> Objects.equals(j.id(), id)).map(JobCategory::name).findFirst()
                .orElse(I18n.t("skillItem.allJobs"));
    }

    private static String subject() {
        return I18n.t("skillItem.subject");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public FilteredList<SkillItem> shown() {
        return shown;
    }

    public ObservableList<JobCategory> jobs() {
        return jobs;
    }

    public ObservableList<String> positions() {
        return positions;
    }

    public ObjectProperty<JobCategory> jobFilterProperty() {
        return jobFilter;
    }

    public ObjectProperty<SkillItem> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public ObjectProperty<JobCategory> jobProperty() {
        return job;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

package org.kenshu.ui.staff;

import java.time.LocalDate;
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
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.service.DepartmentNames;
import org.kenshu.service.DepartmentService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/**
 * 所属: the department tree. The form renames a department or moves it under another parent; a new
 * department is added under the selected one; on reorganisation a department is merged into
 * another from a date (its staff follow from that date, their history before it stays).
 */
public final class DepartmentsViewModel {
    private final DepartmentService service;
    private final Editor editor;
    private final AppState state;
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<Department> parentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Department> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<Department> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> mergeTarget = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> mergeDate = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private DepartmentNames names = new DepartmentNames(List.of());

    public DepartmentsViewModel(DepartmentService service, Editor editor, AppState state) {
        this.service = service;
        this.editor = editor;
        this.state = state;
        selected.addListener((obs, old, d) -> show(d));
    }

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        editor.tasks().run(I18n.t("task.loadingStaff"), p -> service.departments(), list -> {
            names = new DepartmentNames(list);
            departments.setAll(list);
            selected.set(list.stream().filter(d -> keep != null && d.id() == keep).findFirst().orElse(null));
            show(selected.get());
        });
    }

    private void show(Department d) {
        creating.set(false);
        name.set(d == null ? "" : d.name());
        code.set(d == null || d.code() == null ? "" : d.code());
        parent.set(d == null ? null : byId(d.parentId()));
        mergeTarget.set(null);
        mergeDate.set(null);
        error.set("");
        choices(d);
    }

    /** Where {@code d} may go: open departments that are neither it nor below it. */
    private void choices(Department d) {
        parentChoices.setAll(departments.stream().filter(o -> o.mergedIntoId() == null)
                .filter(o -> d == null || !within(o, d)).sorted(Comparator.comparing(this::label)).toList());
    }

    /** A new department under the selected one (at the top level when none is selected). */
    public void newDepartment() {
        Department under = selected.get();
        selected.set(null);
        show(null);
        parent.set(under != null && under.mergedIntoId() == null ? under : null);
        creating.set(true);
    }

    public void cancel() {
        show(selected.get());
    }

    public void save() {
        Department current = selected.get();
        if (!creating.get() && current == null) {
            return;
        }
        String problem = validate(current);
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        Long parentId = parent.get() == null ? null : parent.get().id();
        if (creating.get()) {
            Department wanted = new Department(0, code.get(), name.get(), parentId, 0, null, null, null, 0);
            editor.save(I18n.t("department.subject", name.get()), p -> service.add(wanted), saved -> {
                editor.saved(I18n.t("department.added", saved.name()), I18n.t("department.undoAdd", saved.name()),
                        p -> service.remove(saved), this::refresh);
                refreshSelecting(saved);
            }, null);
        } else {
            update(current, current.version());
        }
    }

    private void update(Department before, int version) {
        Department wanted = new Department(before.id(), code.get(), name.get(),
                parent.get() == null ? null : parent.get().id(), before.sortOrder(), before.validFrom(),
                before.validTo(), before.mergedIntoId(), version);
        editor.save(I18n.t("department.subject", before.name()), p -> service.update(wanted), saved -> {
            editor.saved(I18n.t("department.saved", saved.name()), I18n.t("department.undoEdit", saved.name()),
                    p -> service.revert(saved, before), this::refresh);
            refreshSelecting(saved);
        }, stored -> {
            if (stored instanceof Department s && editor.keepMine(I18n.t("department.subject", s.name()), List.of(
                    new ConflictField(I18n.t("department.name"), s.name(), name.get()),
                    new ConflictField(I18n.t("department.code"), text(s.code()), code.get()),
                    new ConflictField(I18n.t("department.parent"), names.fullName(s.parentId()),
                            parent.get() == null ? "" : label(parent.get()))))) {
                update(s, s.version());
            } else {
                refresh();
            }
        });
    }

    /** Merges the selected department into the chosen one from the chosen date, after asking. */
    public void merge() {
        Department d = selected.get();
        String problem = validateMerge(d);
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        Department target = mergeTarget.get();
        LocalDate on = mergeDate.get();
        if (!editor.confirm(I18n.t("department.mergeTitle"), I18n.t("department.mergeConfirm", label(d),
                label(target), state.longDate(on), state.longDate(on.minusDays(1))))) {
            return;
        }
        editor.save(I18n.t("department.subject", d.name()), p -> service.merge(d, target.id(), on), m -> {
            editor.saved(I18n.t("department.merged", d.name(), target.name(), m.staffMoved()),
                    I18n.t("department.undoMerge", d.name()), p -> service.revertMerge(m), this::refresh);
            refreshSelecting(m.merged());
        }, stored -> refresh());
    }

    String validate(Department current) {
        if (name.get() == null || name.get().isBlank()) {
            return I18n.t("department.nameRequired");
        }
        long self = current == null ? 0 : current.id();
        String c = code.get() == null ? "" : code.get().strip();
        Long parentId = parent.get() == null ? null : parent.get().id();
        for (Department d : departments) {
            if (d.id() != self && !c.isEmpty() && c.equals(d.code())) {
                return I18n.t("department.codeTaken", c);
            }
            if (d.id() != self && d.mergedIntoId() == null && Objects.equals(d.parentId(), parentId)
                    && d.name().equals(name.get().strip())) {
                return I18n.t("department.nameTakenHere", d.name());
            }
        }
        if (current != null && parent.get() != null && within(parent.get(), current)) {
            return I18n.t("department.moveIntoItself", current.name());
        }
        return null;
    }

    String validateMerge(Department d) {
        if (d == null) {
            return I18n.t("department.chooseFirst");
        }
        if (d.mergedIntoId() != null) {
            return I18n.t("department.alreadyMerged", d.name());
        }
        if (mergeTarget.get() == null) {
            return I18n.t("department.mergeTargetRequired");
        }
        if (within(mergeTarget.get(), d)) {
            return I18n.t("department.mergeIntoItself", d.name(), mergeTarget.get().name());
        }
        if (mergeDate.get() == null) {
            return I18n.t("department.mergeDateRequired");
        }
        return null;
    }

    /** True when {@code d} is {@code ancestor} or below it. */
    private boolean within(Department d, Department ancestor) {
        for (Department x = d; x != null; x = byId(x.parentId())) {
            if (x.id() == ancestor.id()) {
                return true;
            }
        }
        return false;
    }

    private Department byId(Long id) {
        return id == null ? null : departments.stream().filter(d -> d.id() == id).findFirst().orElse(null);
    }

    /** 「総務部 人事課」: the full path. */
    public String label(Department d) {
        return d == null ? "" : names.fullName(d.id());
    }

    /** For a merged department: 「R9.3.31 まで（人事課へ統合）」; empty otherwise. */
    public String closedNote(Department d) {
        if (d.mergedIntoId() != null) {
            return I18n.t("department.mergedNote", state.shortDate(d.validTo()), names.fullName(d.mergedIntoId()));
        }
        return d.validTo() == null ? "" : I18n.t("department.closedNote", state.shortDate(d.validTo()));
    }

    private void refreshSelecting(Department d) {
        selected.set(d);
        refresh();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Department> parentChoices() {
        return parentChoices;
    }

    public ObjectProperty<Department> selectedProperty() {
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

    public ObjectProperty<Department> parentProperty() {
        return parent;
    }

    public ObjectProperty<Department> mergeTargetProperty() {
        return mergeTarget;
    }

    public ObjectProperty<LocalDate> mergeDateProperty() {
        return mergeDate;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

package org.kenshu.ui.staff;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.model.I18n;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.service.StaffDetail;
import org.kenshu.service.StaffService;
import org.kenshu.ui.common.Editor;

/**
 * 異動・昇任: a new assignment from an effective date. The form starts from the current assignment,
 * so a promotion is "change the tier, type the date"; a transfer is "change the department".
 */
public final class AssignmentFormViewModel {
    private final StaffDetailViewModel parent;
    private final StaffService staff;
    private final Editor editor;
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<JobCategory> job = new SimpleObjectProperty<>();
    private final StringProperty salaryGrade = new SimpleStringProperty("");
    private final StringProperty positionTitle = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    AssignmentFormViewModel(StaffDetailViewModel parent, StaffService staff, Editor editor) {
        this.parent = parent;
        this.staff = staff;
        this.editor = editor;
    }

    /** The form as the latest assignment leaves it, without a date (the officer types the effective date). */
    public void prefill() {
        StaffDetail d = parent.detailProperty().get();
        validFrom.set(null);
        error.set("");
        Assignment last = d == null || d.assignments().isEmpty() ? null : d.assignments().getLast().assignment();
        department.set(last == null ? null : find(parent.choices().departments(), last.departmentId()));
        tier.set(last == null ? null : parent.choices().tiers().stream().filter(t -> t.id() == id(last.tierId())).findFirst()
                .orElse(null));
        job.set(last == null ? null : parent.choices().jobs().stream().filter(j -> j.id() == id(last.jobCategoryId()))
                .findFirst().orElse(null));
        salaryGrade.set(last == null || last.salaryGrade() == null ? "" : last.salaryGrade().toString());
        positionTitle.set(last == null || last.positionTitle() == null ? "" : last.positionTitle());
        if (last == null && d != null) {
            validFrom.set(d.staff().hiredOn());
        }
    }

    /** Adds the assignment (Enter): refused before hiring, after leaving, or on a date that already has one. */
    public void add() {
        Staff s = parent.current();
        String problem = validate(s);
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        Assignment wanted = new Assignment(0, s.id(), validFrom.get(), department.get() == null ? null
                : department.get().id(), tier.get() == null ? null : tier.get().id(), job.get() == null ? null
                : job.get().id(), grade(), positionTitle.get(), null, 0);
        String date = parent.state().shortDate(validFrom.get());
        editor.save(I18n.t("staff.detail.subject", s.name()), p -> staff.addAssignment(wanted), saved -> {
            editor.saved(I18n.t("assignment.added", s.name(), date), I18n.t("assignment.undoAdd", s.name(), date),
                    p -> staff.removeAssignment(saved), () -> parent.afterEdit(s.id()));
            parent.afterEdit(s.id());
        }, stored -> parent.afterEdit(s.id()));
    }

    /** Deletes a row entered by mistake, after asking; undo puts it back. */
    public void delete(StaffDetail.AssignmentLine line) {
        Staff s = parent.current();
        if (line == null || s == null) {
            return;
        }
        String date = parent.state().shortDate(line.assignment().validFrom());
        if (!editor.confirm(I18n.t("assignment.deleteTitle"), I18n.t("assignment.deleteConfirm", s.name(), date))) {
            return;
        }
        editor.save(I18n.t("staff.detail.subject", s.name()), p -> {
            staff.deleteAssignment(line.assignment());
            return line.assignment();
        }, deleted -> {
            editor.saved(I18n.t("assignment.deleted", date), I18n.t("assignment.undoDelete", s.name(), date),
                    p -> staff.restoreAssignment(deleted), () -> parent.afterEdit(s.id()));
            parent.afterEdit(s.id());
        }, stored -> parent.afterEdit(s.id()));
    }

    String validate(Staff s) {
        if (s == null) {
            return I18n.t("assignment.noStaff");
        }
        LocalDate date = validFrom.get();
        if (date == null) {
            return I18n.t("assignment.dateRequired");
        }
        if (department.get() == null && tier.get() == null && job.get() == null) {
            return I18n.t("assignment.empty");
        }
        if (s.hiredOn() != null && date.isBefore(s.hiredOn())) {
            return I18n.t("assignment.beforeHired", parent.state().longDate(date), parent.state().longDate(s.hiredOn()));
        }
        if (s.leftOn() != null && date.isAfter(s.leftOn())) {
            return I18n.t("assignment.afterLeft", parent.state().longDate(date), parent.state().longDate(s.leftOn()));
        }
        if (parent.detailProperty().get().assignments().stream().anyMatch(l -> l.assignment().validFrom().equals(date))) {
            return I18n.t("assignment.sameDate", parent.state().longDate(date));
        }
        if (!salaryGrade.get().isBlank() && grade() == null) {
            return I18n.t("assignment.badGrade");
        }
        return null;
    }

    private Integer grade() {
        String g = org.kenshu.service.imports.Text.clean(salaryGrade.get());
        return g == null || !g.matches("\\d{1,2}") ? null : Integer.valueOf(g);
    }

    private static Department find(java.util.List<Department> list, Long id) {
        return id == null ? null : list.stream().filter(d -> d.id() == id).findFirst().orElse(null);
    }

    private static long id(Long id) {
        return id == null ? -1 : id;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<Tier> tierProperty() {
        return tier;
    }

    public ObjectProperty<JobCategory> jobProperty() {
        return job;
    }

    public StringProperty salaryGradeProperty() {
        return salaryGrade;
    }

    public StringProperty positionTitleProperty() {
        return positionTitle;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

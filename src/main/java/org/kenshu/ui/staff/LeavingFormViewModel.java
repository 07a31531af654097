package org.kenshu.ui.staff;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.service.StaffService;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/** 退職: the last day employed (退職日) and why; clearing the date takes a leaving back. */
public final class LeavingFormViewModel {
    private final StaffDetailViewModel parent;
    private final StaffService staff;
    private final Editor editor;
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    LeavingFormViewModel(StaffDetailViewModel parent, StaffService staff, Editor editor) {
        this.parent = parent;
        this.staff = staff;
        this.editor = editor;
    }

    public void prefill() {
        Staff s = parent.current();
        leftOn.set(s == null ? null : s.leftOn());
        reason.set(s == null || s.leftReason() == null ? "" : s.leftReason());
        error.set("");
    }

    public void save() {
        Staff s = parent.current();
        String problem = validate(s);
        error.set(problem == null ? "" : problem);
        if (problem == null) {
            save(s, s.version());
        }
    }

    private void save(Staff before, int version) {
        String why = leftOn.get() == null ? null : reason.get().isBlank() ? I18n.t("leaving.defaultReason")
                : reason.get().strip();
        Staff wanted = new Staff(before.id(), before.employeeNo(), before.name(), before.kana(),
                before.employmentType(), before.hiredOn(), leftOn.get(), why, before.note(), version);
        String subject = I18n.t("staff.detail.subject", before.name());
        editor.save(subject, p -> staff.update(wanted), saved -> {
            editor.saved(I18n.t(saved.leftOn() == null ? "leaving.cleared" : "leaving.saved", saved.name()),
                    I18n.t("leaving.undoLabel", saved.name()), p -> staff.revert(saved, before),
                    () -> parent.afterEdit(saved.id()));
            parent.afterEdit(saved.id());
        }, stored -> {
            if (stored instanceof Staff current && editor.keepMine(subject, java.util.List.of(new ConflictField(
                    I18n.t("leaving.date"), date(current.leftOn()), date(leftOn.get()))))) {
                save(current, current.version());
            } else {
                parent.afterEdit(before.id());
            }
        });
    }

    String validate(Staff s) {
        if (s == null) {
            return I18n.t("assignment.noStaff");
        }
        LocalDate date = leftOn.get();
        if (date != null && s.hiredOn() != null && date.isBefore(s.hiredOn())) {
            return I18n.t("staff.leftBeforeHired");
        }
        var history = parent.detailProperty().get().assignments();
        if (date != null && !history.isEmpty() && history.getLast().assignment().validFrom().isAfter(date)) {
            return I18n.t("staff.leftBeforeLastAssignment",
                    parent.state().longDate(history.getLast().assignment().validFrom()));
        }
        return null;
    }

    private String date(LocalDate d) {
        return d == null ? "" : parent.state().shortDate(d);
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

package org.kenshu.ui.staff;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.service.StaffStatusService;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/**
 * 休職・育休・病休: a period away with its dates. Choosing a period in the list fills the form, so
 * its end date can be entered when the officer hears the leave ended; otherwise the form adds one.
 */
public final class AbsenceFormViewModel {
    private final StaffDetailViewModel parent;
    private final StaffStatusService status;
    private final Editor editor;
    private final ObjectProperty<StaffAbsence> editing = new SimpleObjectProperty<>();
    private final ObjectProperty<AbsenceKind> kind = new SimpleObjectProperty<>(AbsenceKind.LEAVE_OF_ABSENCE);
    private final ObjectProperty<LocalDate> startOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    AbsenceFormViewModel(StaffDetailViewModel parent, StaffStatusService status, Editor editor) {
        this.parent = parent;
        this.status = status;
        this.editor = editor;
    }

    /** An empty form: the next save adds a period. */
    public void clear() {
        editing.set(null);
        kind.set(AbsenceKind.LEAVE_OF_ABSENCE);
        startOn.set(null);
        endOn.set(null);
        note.set("");
        error.set("");
    }

    /** The chosen period in the form: the next save changes it (usually its end date). */
    public void edit(StaffAbsence a) {
        if (a == null) {
            clear();
            return;
        }
        editing.set(a);
        kind.set(a.kind());
        startOn.set(a.startOn());
        endOn.set(a.endOn());
        note.set(a.note() == null ? "" : a.note());
        error.set("");
    }

    public void save() {
        Staff s = parent.current();
        String problem = validate(s);
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        StaffAbsence old = editing.get();
        save(s, new StaffAbsence(old == null ? 0 : old.id(), s.id(), kind.get(), startOn.get(), endOn.get(),
                note.get().isBlank() ? null : note.get().strip(), old == null ? 0 : old.version()), old);
    }

    private void save(Staff s, StaffAbsence wanted, StaffAbsence before) {
        String subject = I18n.t("staff.detail.subject", s.name());
        String label = I18n.t("absence.undoLabel", s.name(), I18n.label(wanted.kind()));
        editor.save(subject, p -> before == null ? status.addAbsence(wanted) : status.updateAbsence(wanted), saved -> {
            editor.saved(I18n.t("absence.saved", I18n.label(saved.kind())), label, p -> {
                if (before == null) {
                    status.removeAbsence(saved);
                } else {
                    status.revertAbsence(saved, before);
                }
            }, () -> parent.afterEdit(s.id()));
            parent.afterEdit(s.id());
        }, stored -> {
            if (stored instanceof StaffAbsence current && editor.keepMine(subject, java.util.List.of(
                    new ConflictField(I18n.t("absence.kind"), I18n.label(current.kind()), I18n.label(wanted.kind())),
                    new ConflictField(I18n.t("absence.start"), date(current.startOn()), date(wanted.startOn())),
                    new ConflictField(I18n.t("absence.end"), date(current.endOn()), date(wanted.endOn()))))) {
                save(s, new StaffAbsence(current.id(), s.id(), wanted.kind(), wanted.startOn(), wanted.endOn(),
                        wanted.note(), current.version()), current);
            } else {
                parent.afterEdit(s.id());
            }
        });
    }

    public void delete(StaffAbsence a) {
        Staff s = parent.current();
        if (a == null || s == null || !editor.confirm(I18n.t("absence.deleteTitle"),
                I18n.t("absence.deleteConfirm", I18n.label(a.kind()), date(a.startOn())))) {
            return;
        }
        editor.save(I18n.t("staff.detail.subject", s.name()), p -> {
            status.deleteAbsence(a);
            return a;
        }, deleted -> {
            editor.saved(I18n.t("absence.deleted"), I18n.t("absence.undoLabel", s.name(), I18n.label(a.kind())),
                    p -> status.restoreAbsence(deleted), () -> parent.afterEdit(s.id()));
            parent.afterEdit(s.id());
        }, stored -> parent.afterEdit(s.id()));
    }

    String validate(Staff s) {
        if (s == null) {
            return I18n.t("assignment.noStaff");
        }
        if (kind.get() == null) {
            return I18n.t("absence.kindRequired");
        }
        if (startOn.get() == null) {
            return I18n.t("absence.startRequired");
        }
        if (endOn.get() != null && endOn.get().isBefore(startOn.get())) {
            return I18n.t("absence.endBeforeStart");
        }
        if (s.hiredOn() != null && startOn.get().isBefore(s.hiredOn())) {
            return I18n.t("absence.beforeHired", parent.state().longDate(s.hiredOn()));
        }
        return null;
    }

    private String date(LocalDate d) {
        return d == null ? "" : parent.state().shortDate(d);
    }

    public ObjectProperty<StaffAbsence> editingProperty() {
        return editing;
    }

    public ObjectProperty<AbsenceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> startOnProperty() {
        return startOn;
    }

    public ObjectProperty<LocalDate> endOnProperty() {
        return endOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

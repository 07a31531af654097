package org.kenshu.ui.staff;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kenshu.model.EmploymentType;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.service.Services;
import org.kenshu.service.StaffDetail;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictField;
import org.kenshu.ui.common.Editor;

/**
 * The selected staff member: the record's own fields (number, name, kana, employment type, hire
 * date, note) as a form, and the parts shown in tabs — assignment history, leave and leaving,
 * designations, training and nominations — each with a form of its own.
 */
public final class StaffDetailViewModel {
    /** What the staff table needs to hear about edits made here. */
    public interface Listener {
        void changed(long staffId);

        void removed(long staffId);

        boolean numberTaken(String employeeNo, long staffId);
    }

    private final Services services;
    private final Editor editor;
    private final AppState state;
    private final Listener listener;
    private final ObjectProperty<StaffDetail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kana = new SimpleStringProperty("");
    private final ObjectProperty<EmploymentType> employmentType = new SimpleObjectProperty<>(EmploymentType.REGULAR);
    private final ObjectProperty<LocalDate> hiredOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StaffChoices choices = new StaffChoices();
    private final AssignmentFormViewModel assignment;
    private final AbsenceFormViewModel absence;
    private final LeavingFormViewModel leaving;
    private final DesignationFormViewModel designation;

    public StaffDetailViewModel(Services services, Editor editor, AppState state, Listener listener) {
        this.services = services;
        this.editor = editor;
        this.state = state;
        this.listener = listener;
        this.assignment = new AssignmentFormViewModel(this, services.staff, editor);
        this.absence = new AbsenceFormViewModel(this, services.staffStatus, editor);
        this.leaving = new LeavingFormViewModel(this, services.staff, editor);
        this.designation = new DesignationFormViewModel(this, services.staffStatus, editor);
    }

    /** Shows {@code staffId}: its record, history and training. */
    public void load(long staffId) {
        editor.tasks().run(I18n.t("task.loadingStaffDetail"), p -> services.staffRecords.detail(staffId), this::show);
    }

    /** Departments, tiers, job categories and roles to choose from (after another tab changed them). */
    public void reloadLists() {
        choices.reload(services, editor.tasks());
    }

    void show(StaffDetail d) {
        creating.set(false);
        detail.set(d);
        Staff s = d.staff();
        employeeNo.set(s.employeeNo());
        name.set(s.name());
        kana.set(s.kana() == null ? "" : s.kana());
        employmentType.set(s.employmentType());
        hiredOn.set(s.hiredOn());
        note.set(s.note() == null ? "" : s.note());
        error.set("");
        assignment.prefill();
        absence.clear();
        leaving.prefill();
        designation.clear();
    }

    /** An empty form for a new staff member; the first assignment is added after saving. */
    public void newStaff() {
        detail.set(null);
        creating.set(true);
        employeeNo.set("");
        name.set("");
        kana.set("");
        employmentType.set(EmploymentType.REGULAR);
        hiredOn.set(null);
        note.set("");
        error.set("");
    }

    /** Enter / Ctrl+S: saves the record's fields (adds the staff member in a new form). */
    public void save() {
        String problem = validate();
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        if (creating.get()) {
            Staff wanted = new Staff(0, employeeNo.get(), name.get(), kana.get(), employmentType.get(), hiredOn.get(),
                    null, null, note.get(), 0);
            editor.save(I18n.t("staff.detail.subject", name.get()), p -> services.staff.add(wanted, null), saved -> {
                editor.saved(I18n.t("staff.detail.added", saved.name()), I18n.t("staff.detail.undoAdd", saved.name()),
                        p -> services.staff.remove(saved), () -> listener.removed(saved.id()));
                listener.changed(saved.id());
                load(saved.id());
            }, null);
            return;
        }
        save(edited(current().version()));
    }

    private void save(Staff wanted) {
        Staff before = current();
        editor.save(I18n.t("staff.detail.subject", before.name()), p -> services.staff.update(wanted), saved -> {
            editor.saved(I18n.t("staff.detail.saved", saved.name()), I18n.t("staff.detail.undoEdit", saved.name()),
                    p -> services.staff.revert(saved, before), () -> afterEdit(saved.id()));
            afterEdit(saved.id());
        }, stored -> conflict((Staff) stored));
    }

    private void conflict(Staff stored) {
        if (stored == null) {
            editor.deletedElsewhere(name.get());
            return;
        }
        var fields = List.of(
                new ConflictField(I18n.t("staff.column.employeeNo"), stored.employeeNo(), employeeNo.get()),
                new ConflictField(I18n.t("staff.column.name"), stored.name(), name.get()),
                new ConflictField(I18n.t("staff.column.kana"), text(stored.kana()), text(kana.get())),
                new ConflictField(I18n.t("staff.detail.employmentType"), I18n.label(stored.employmentType()),
                        I18n.label(employmentType.get())),
                new ConflictField(I18n.t("staff.column.hiredOn"), state.shortDate(stored.hiredOn()),
                        state.shortDate(hiredOn.get())),
                new ConflictField(I18n.t("staff.detail.note"), text(stored.note()), text(note.get())));
        if (editor.keepMine(I18n.t("staff.detail.subject", stored.name()), fields)) {
            save(edited(stored.version()));
        } else {
            load(stored.id());
            listener.changed(stored.id());
        }
    }

    private Staff edited(int version) {
        Staff s = current();
        return new Staff(s.id(), employeeNo.get(), name.get(), kana.get(), employmentType.get(), hiredOn.get(),
                s.leftOn(), s.leftReason(), note.get(), version);
    }

    /** Required fields, a number nobody else has, and a hire date not after the first assignment. */
    String validate() {
        if (employeeNo.get() == null || employeeNo.get().isBlank()) {
            return I18n.t("staff.numberRequired");
        }
        if (name.get() == null || name.get().isBlank()) {
            return I18n.t("staff.nameRequired");
        }
        String number = org.kenshu.service.imports.Text.clean(employeeNo.get()).replace(" ", "");
        long self = creating.get() || current() == null ? 0 : current().id();
        if (listener.numberTaken(number, self)) {
            return I18n.t("staff.detail.numberTaken", number);
        }
        StaffDetail d = detail.get();
        if (!creating.get() && d != null && hiredOn.get() != null && !d.assignments().isEmpty()
                && d.assignments().getFirst().assignment().validFrom().isBefore(hiredOn.get())) {
            return I18n.t("staff.hiredAfterFirstAssignment",
                    state.longDate(d.assignments().getFirst().assignment().validFrom()));
        }
        if (!creating.get() && d != null && hiredOn.get() != null && d.staff().leftOn() != null
                && d.staff().leftOn().isBefore(hiredOn.get())) {
            return I18n.t("staff.leftBeforeHired");
        }
        return null;
    }

    /** Esc: the form back to what is stored. */
    public void cancel() {
        if (detail.get() != null) {
            show(detail.get());
        } else {
            newStaff();
        }
    }

    /** After a save or an undo: the detail and the table's line are read again. */
    void afterEdit(long staffId) {
        listener.changed(staffId);
        if (current() != null && current().id() == staffId) {
            load(staffId);
        }
    }

    Staff current() {
        return detail.get() == null ? null : detail.get().staff();
    }

    AppState state() {
        return state;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public ObjectProperty<StaffDetail> detailProperty() {
        return detail;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty kanaProperty() {
        return kana;
    }

    public ObjectProperty<EmploymentType> employmentTypeProperty() {
        return employmentType;
    }

    public ObjectProperty<LocalDate> hiredOnProperty() {
        return hiredOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StaffChoices choices() {
        return choices;
    }

    public AssignmentFormViewModel assignment() {
        return assignment;
    }

    public AbsenceFormViewModel absence() {
        return absence;
    }

    public LeavingFormViewModel leaving() {
        return leaving;
    }

    public DesignationFormViewModel designation() {
        return designation;
    }
}

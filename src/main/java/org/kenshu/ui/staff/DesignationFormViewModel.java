package org.kenshu.ui.staff;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.service.StaffDetail;
import org.kenshu.service.StaffStatusService;
import org.kenshu.ui.common.Editor;

/** 役割・認定: a role held in a fiscal year (DX推進リーダー 1期生, メンター …). */
public final class DesignationFormViewModel {
    private final StaffDetailViewModel parent;
    private final StaffStatusService status;
    private final Editor editor;
    private final ObjectProperty<DesignationRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    private final StringProperty cohort = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    DesignationFormViewModel(StaffDetailViewModel parent, StaffStatusService status, Editor editor) {
        this.parent = parent;
        this.status = status;
        this.editor = editor;
    }

    public void clear() {
        role.set(null);
        fiscalYear.set(parent.state().fiscalYear());
        cohort.set("");
        error.set("");
    }

    public void add() {
        Staff s = parent.current();
        String problem = validate(s);
        error.set(problem == null ? "" : problem);
        if (problem != null) {
            return;
        }
        Designation wanted = new Designation(0, s.id(), role.get().id(), fiscalYear.get(), cohort.get(), null, null, 0);
        String roleName = role.get().name();
        editor.save(I18n.t("staff.detail.subject", s.name()), p -> status.addDesignation(wanted), saved -> {
            editor.saved(I18n.t("designation.added", roleName), I18n.t("designation.undoLabel", s.name(), roleName),
                    p -> status.removeDesignation(saved), () -> parent.afterEdit(s.id()));
            parent.afterEdit(s.id());
        }, stored -> parent.afterEdit(s.id()));
    }

    public void delete(StaffDetail.DesignationLine line) {
        Staff s = parent.current();
        if (line == null || s == null || !editor.confirm(I18n.t("designation.deleteTitle"),
                I18n.t("designation.deleteConfirm", line.role(),
                        parent.state().fiscalYearLabel(line.designation().fiscalYear())))) {
            return;
        }
        editor.save(I18n.t("staff.detail.subject", s.name()), p -> {
            status.deleteDesignation(line.designation());
            return line.designation();
        }, deleted -> {
            editor.saved(I18n.t("designation.deleted", line.role()), I18n.t("designation.undoLabel", s.name(),
                    line.role()), p -> status.restoreDesignation(deleted), () -> parent.afterEdit(s.id()));
            parent.afterEdit(s.id());
        }, stored -> parent.afterEdit(s.id()));
    }

    String validate(Staff s) {
        if (s == null) {
            return I18n.t("assignment.noStaff");
        }
        if (role.get() == null) {
            return I18n.t("designation.roleRequired");
        }
        if (fiscalYear.get() == null) {
            return I18n.t("designation.yearRequired");
        }
        boolean taken = parent.detailProperty().get().designations().stream().anyMatch(d ->
                d.designation().roleId() == role.get().id() && d.designation().fiscalYear() == fiscalYear.get());
        return taken ? I18n.t("designation.taken", role.get().name(), parent.state().fiscalYearLabel(fiscalYear.get()))
                : null;
    }

    public ObjectProperty<DesignationRole> roleProperty() {
        return role;
    }

    public ObjectProperty<Integer> fiscalYearProperty() {
        return fiscalYear;
    }

    public StringProperty cohortProperty() {
        return cohort;
    }

    public StringProperty errorProperty() {
        return error;
    }
}

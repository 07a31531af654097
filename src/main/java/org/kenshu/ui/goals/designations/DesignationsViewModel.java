package org.kenshu.ui.goals.designations;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.kenshu.model.Designation;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.DesignationService;
import org.kenshu.service.DesignationService.Holder;
import org.kenshu.service.GoalService;
import org.kenshu.service.goals.Completers.Completer;
import org.kenshu.service.goals.GoalChoices;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * 役割・認定: who holds which role in the selected fiscal year; granting a role by employee number
 * or to people chosen from those who completed a set of courses; revoking. Undoable.
 */
public final class DesignationsViewModel {
    private final DesignationService designations;
    private final GoalService goals;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final ObservableList<Holder> holders = FXCollections.observableArrayList();
    private final ObservableList<Holder> selectedHolders = FXCollections.observableArrayList();
    private final ObservableList<DesignationRole> roles = FXCollections.observableArrayList();
    private final ObservableList<GoalChoices.Named> courses = FXCollections.observableArrayList();
    private final ObservableSet<Long> chosenCourses = FXCollections.observableSet();
    private final ObservableList<Completer> completers = FXCollections.observableArrayList();
    private final ObservableList<Completer> chosenCompleters = FXCollections.observableArrayList();
    private final ObjectProperty<DesignationRole> role = new SimpleObjectProperty<>();
    private final StringProperty cohort = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> grantedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final BooleanProperty allCourses = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");

    public DesignationsViewModel(DesignationService designations, GoalService goals, TaskRunner tasks,
            DialogService dialogs, AppState state, UndoStack undo) {
        this.designations = designations;
        this.goals = goals;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        role.addListener((o, a, r) -> {
            if (r != null) {
                tasks.run(I18n.t("task.loading"), p -> designations.nextCohort(r.id()), cohort::set);
            }
        });
    }

    public void refresh() {
        int year = state.fiscalYear();
        if (fromYear.get() == null) {
            fromYear.set(year - 2);
        }
        tasks.run(I18n.t("task.loadingDesignations"), p -> new Loaded(designations.holders(year),
                designations.roles(), goals.choices().courses()), l -> {
                    holders.setAll(l.holders());
                    DesignationRole keep = role.get();
                    roles.setAll(l.roles());
                    role.set(keep != null ? l.roles().stream().filter(r -> r.id() == keep.id()).findFirst()
                            .orElse(null) : l.roles().isEmpty() ? null : l.roles().getFirst());
                    courses.setAll(l.courses());
                    summary.set(I18n.t("designations.summary", Wareki.fiscalYear(year, state.era()),
                            l.holders().size()));
                });
    }

    private record Loaded(List<Holder> holders, List<DesignationRole> roles, List<GoalChoices.Named> courses) {
    }

    /** Grants the chosen role to the staff member with the typed employee number. */
    public void grantByEmployeeNo() {
        if (role.get() == null) {
            dialogs.showError(I18n.t("designations.title"), I18n.t("designations.roleRequired"), null);
            return;
        }
        String no = employeeNo.get();
        tasks.run(I18n.t("task.loading"), p -> designations.staff(no), staff -> {
            if (staff.isEmpty()) {
                dialogs.showError(I18n.t("designations.title"), I18n.t("designations.noSuchStaff", no), null);
            } else {
                grant(Set.of(staff.get().id()));
                employeeNo.set("");
            }
        });
    }

    /** Lists who completed the chosen courses (all of them, or any) from {@code fromYear} to the selected year. */
    public void findCompleters() {
        if (chosenCourses.isEmpty()) {
            dialogs.showError(I18n.t("designations.title"), I18n.t("designations.coursesRequired"), null);
            return;
        }
        Set<Long> set = Set.copyOf(chosenCourses);
        boolean all = allCourses.get();
        int to = state.fiscalYear();
        int from = fromYear.get() == null ? to : Math.min(fromYear.get(), to);
        tasks.run(I18n.t("task.loadingCompleters"), p -> designations.completers(set, all, from, to),
                completers::setAll);
    }

    /** Grants the chosen role to the completers chosen in the list. */
    public void grantToChosenCompleters() {
        if (role.get() == null) {
            dialogs.showError(I18n.t("designations.title"), I18n.t("designations.roleRequired"), null);
            return;
        }
        Set<Long> ids = new HashSet<>();
        chosenCompleters.forEach(c -> ids.add(c.staffId()));
        if (!ids.isEmpty()) {
            grant(ids);
        }
    }

    private void grant(Set<Long> staffIds) {
        DesignationRole r = role.get();
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.saving"), p -> designations.grant(staffIds, r.id(), year, cohort.get(),
                grantedOn.get(), note.get()), created -> {
                    int already = staffIds.size() - created.size();
                    dialogs.notify(I18n.t("designations.granted", r.name(), created.size(), already));
                    if (!created.isEmpty()) {
                        undo.push(I18n.t("designations.undoGrant", r.name(), created.size()),
                                p -> designations.revoke(created), this::refresh);
                    }
                    refresh();
                });
    }

    /** Revokes the holders chosen in the list, after asking. */
    public void revokeChosen() {
        List<Designation> chosen = selectedHolders.stream().map(Holder::designation).toList();
        if (chosen.isEmpty() || !dialogs.confirm(I18n.t("designations.title"),
                I18n.t("designations.confirmRevoke", chosen.size()))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), p -> {
            designations.revoke(chosen);
            return chosen;
        }, done -> {
            dialogs.notify(I18n.t("designations.revoked", done.size()));
            undo.push(I18n.t("designations.undoRevoke", done.size()), p -> designations.restore(done), this::refresh);
            refresh();
        }, failure -> dialogs.showError(I18n.t("designations.title"), I18n.t("designations.revokeFailed"), failure));
    }

    public ObservableList<Holder> holders() {
        return holders;
    }

    public ObservableList<Holder> selectedHolders() {
        return selectedHolders;
    }

    public ObservableList<DesignationRole> roles() {
        return roles;
    }

    public ObservableList<GoalChoices.Named> courses() {
        return courses;
    }

    public ObservableSet<Long> chosenCourses() {
        return chosenCourses;
    }

    public ObservableList<Completer> completers() {
        return completers;
    }

    public ObservableList<Completer> chosenCompleters() {
        return chosenCompleters;
    }

    public ObjectProperty<DesignationRole> roleProperty() {
        return role;
    }

    public StringProperty cohortProperty() {
        return cohort;
    }

    public ObjectProperty<LocalDate> grantedOnProperty() {
        return grantedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    public BooleanProperty allCoursesProperty() {
        return allCourses;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public AppState state() {
        return state;
    }
}

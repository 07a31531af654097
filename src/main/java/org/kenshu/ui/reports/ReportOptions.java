package org.kenshu.ui.reports;

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
import org.kenshu.service.GoalEntry;
import org.kenshu.service.ReportKind;
import org.kenshu.service.reports.ReportRequest;
import org.kenshu.service.reports.SignInChoice;

/**
 * The options some reports need: the session of a sign-in sheet, the person or department of a transcript,
 * the goal of a 未受講者一覧 (the year's first such goal until the officer chooses another).
 */
public final class ReportOptions {
    private final ObservableList<SignInChoice> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<SignInChoice> session = new SimpleObjectProperty<>();
    private final StringProperty staffNo = new SimpleStringProperty("");
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final StringProperty department = new SimpleStringProperty();
    private final BooleanProperty byDepartment = new SimpleBooleanProperty();
    private final ObservableList<GoalEntry> goals = FXCollections.observableArrayList();
    private final ObjectProperty<GoalEntry> goal = new SimpleObjectProperty<>();

    void load(List<SignInChoice> yearSessions, List<String> departmentNames, List<GoalEntry> yearGoals) {
        GoalEntry keptGoal = goal.get();
        goals.setAll(yearGoals);
        goal.set(yearGoals.stream().filter(g -> keptGoal != null && g.goal().id() == keptGoal.goal().id()).findFirst()
                .orElse(yearGoals.isEmpty() ? null : yearGoals.getFirst()));
        SignInChoice kept = session.get();
        sessions.setAll(yearSessions);
        session.set(kept == null ? null
                : yearSessions.stream().filter(s -> s.sessionId() == kept.sessionId()).findFirst().orElse(null));
        departments.setAll(departmentNames);
    }

    /** The request for {@code kind}, or null when something it needs is missing. */
    ReportRequest request(ReportKind kind, int fiscalYear) {
        ReportRequest r = ReportRequest.of(kind, fiscalYear);
        return switch (kind) {
            case SIGNIN -> session.get() == null ? null : r.withSession(session.get().sessionId());
            case TRANSCRIPT -> byDepartment.get()
                    ? blank(department.get()) ? null : r.withDepartment(department.get().strip())
                    : blank(staffNo.get()) ? null : r.withStaff(staffNo.get().strip());
            case MISSING -> goal.get() == null ? null : r.withGoal(goal.get().goal().code());
            default -> r;
        };
    }

    String missing(ReportKind kind) {
        return switch (kind) {
            case SIGNIN -> I18n.t(sessions.isEmpty() ? "reports.hint.noSessions" : "reports.hint.session");
            case TRANSCRIPT -> I18n.t(byDepartment.get() ? "reports.hint.department" : "reports.hint.staff");
            case MISSING -> I18n.t(goals.isEmpty() ? "reports.hint.noGoals" : "reports.hint.goal");
            default -> "";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** 「R8.5.12 新任係長級研修 第1回（5月12日(火)）指名 12 人」: how pickers show a session. */
    public static String label(SignInChoice s) {
        String no = s.sessionCount() > 1 ? " " + I18n.t("session.number", s.sessionNo()) : "";
        return I18n.t("reports.session.label", s.days(), s.course() + no, s.nominated());
    }

    /** 「階層別研修の受講率（tier-uptake）」: how the goal picker shows a goal. */
    public static String label(GoalEntry g) {
        return I18n.t("reports.goal.label", g.goal().name(), g.goal().code());
    }

    public ObservableList<GoalEntry> goals() {
        return goals;
    }

    public ObjectProperty<GoalEntry> goal() {
        return goal;
    }

    public ObservableList<SignInChoice> sessions() {
        return sessions;
    }

    public ObjectProperty<SignInChoice> session() {
        return session;
    }

    public StringProperty staffNo() {
        return staffNo;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public StringProperty department() {
        return department;
    }

    public BooleanProperty byDepartment() {
        return byDepartment;
    }
}

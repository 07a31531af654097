package org.kenshu.service.goals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Assignment;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.Department;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.Organisation;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;
import org.kenshu.store.TestStore;

/**
 * A small hand-made city for goal tests: two tiers, two departments, a TIER course type, and
 * helpers to add staff, sessions, nominations and marks in a line each. Today is 2026-11-21.
 */
final class GoalWorld implements AutoCloseable {
    static final int FY = 2026;
    private final AutoCloseable store;
    final Database db;
    final Repositories repos;
    final GoalEngine engine;
    final long shuji;
    final long shunin;
    final long soumu;
    final long jinji;
    final long shimin;
    final long tierType;
    final long plan;
    private int staffNo;

    GoalWorld(Path dir) {
        this(new TestStore(dir));
    }

    private GoalWorld(TestStore store) {
        this(store.db, store.repos, store);
    }

    /** A world in any database (PostgreSQL too); {@code store} is closed with the world. */
    GoalWorld(Database db, Repositories repos, AutoCloseable store) {
        this.store = store;
        this.db = db;
        this.repos = repos;
        repos.organisation.save(Organisation.unnamed().withName("テスト市"));
        engine = new GoalEngine(repos, TestStore.CLOCK);
        shuji = repos.tiers.insert(Tier.of("SHUJI", "主事・主事補級", 1)).id();
        shunin = repos.tiers.insert(Tier.of("SHUNIN", "主任級", 2)).id();
        soumu = repos.departments.insert(new Department(0, "D1", "総務部", null, 1, null, null, null, 0)).id();
        jinji = repos.departments.insert(new Department(0, "D11", "人事課", soumu, 1, null, null, null, 0)).id();
        shimin = repos.departments.insert(new Department(0, "D2", "市民部", null, 2, null, null, null, 0)).id();
        tierType = repos.courseTypes.insert(CourseType.of("TIER", "階層別研修", null, 1)).id();
        plan = repos.plans.insert(new AnnualPlan(0, FY, PlanStatus.FIXED, null, null, 0)).id();
    }

    long course(String name) {
        return repos.courses.insert(Course.of(name, tierType)).id();
    }

    /** A session of {@code course} in the FY plan with the given days. */
    long session(long course, int no, LocalDate... days) {
        long id = repos.sessions.insert(Session.of(plan, course, no)).id();
        for (LocalDate d : days) {
            repos.sessionDays.insert(SessionDay.of(id, d));
        }
        return id;
    }

    long planOf(int fiscalYear) {
        return repos.plans.findByFiscalYear(fiscalYear)
                .orElseGet(() -> repos.plans.insert(new AnnualPlan(0, fiscalYear, PlanStatus.FIXED, null, null, 0)))
                .id();
    }

    long sessionIn(int fiscalYear, long course, int no, LocalDate... days) {
        long id = repos.sessions.insert(Session.of(planOf(fiscalYear), course, no)).id();
        for (LocalDate d : days) {
            repos.sessionDays.insert(SessionDay.of(id, d));
        }
        return id;
    }

    /** A staff member hired 2020-04-01 in 人事課 as 主事. */
    long staff() {
        return staff(LocalDate.of(2020, 4, 1), jinji, shuji);
    }

    long staff(LocalDate hired, long department, long tier) {
        String no = String.format("%05d", ++staffNo);
        long id = repos.staff.insert(Staff.of(no, "職員 " + no, null, hired)).id();
        repos.assignments.insert(Assignment.of(id, hired, department, tier, null));
        return id;
    }

    void move(long staff, LocalDate from, long department, long tier) {
        repos.assignments.insert(Assignment.of(staff, from, department, tier, null));
    }

    void leaves(long staff, LocalDate lastDay) {
        repos.staff.update(repos.staff.get(staff).withLeftOn(lastDay, "退職"));
    }

    long nominate(long course, long staff, Long session) {
        return repos.enrollments.insert(Enrollment.nominated(course, FY, staff, session)).id();
    }

    long enroll(long course, long staff, Long session, EnrollmentKind kind, EnrollmentStatus status) {
        return repos.enrollments.insert(new Enrollment(0, course, FY, staff, session, kind, status, null, null, null,
                0)).id();
    }

    /** Marks {@code staff} on every day of {@code session} with {@code marks} in day order. */
    void marks(long session, long staff, AttendanceMark... marks) {
        List<SessionDay> days = new ArrayList<>(repos.sessionDays.findBySession(session));
        days.sort(java.util.Comparator.comparing(SessionDay::heldOn));
        for (int i = 0; i < marks.length; i++) {
            repos.attendance.insert(Attendance.of(days.get(i).id(), staff, marks[i]));
        }
    }

    Goal uptake(Set<Long> courses) {
        return repos.goals.insert(new Goal(0, "uptake", "受講率", GoalKind.UPTAKE, new BigDecimal("0.9"), null,
                courses.isEmpty() ? tierType : null, courses, Set.of(), Set.of(), null, true, null, null, null, "%",
                null, 0, 0));
    }

    Goal tierUptake() {
        return uptake(Set.of());
    }

    GoalResult result(Goal goal) {
        return engine.compute(goal, FY);
    }

    static LocalDate d(int month, int day) {
        return month >= 4 ? LocalDate.of(FY, month, day) : LocalDate.of(FY + 1, month, day);
    }

    @Override
    public void close() throws Exception {
        store.close();
    }
}

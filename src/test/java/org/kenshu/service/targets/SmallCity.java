package org.kenshu.service.targets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Assignment;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Department;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.store.Repositories;
import org.kenshu.store.TestStore;

/**
 * A fictional town in a real database for the service tests: two tiers, two departments, a 新任主任研修
 * (主任級, promoted within 12 months) with two sessions of 2 seats in FY2026, and a 公募 course.
 */
final class SmallCity implements AutoCloseable {
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    final TestStore store;
    final Repositories repos;
    final TargetService targets;
    final AssignmentService assignments;
    final long shuji;
    final long shunin;
    final long general;
    final long soumu;
    final long zaimu;
    final long course;
    final long applied;
    final long first;
    final long second;
    private int staffNo = 1;

    SmallCity(Path dir) {
        store = new TestStore(dir);
        repos = store.repos;
        targets = new TargetService(store.db, repos);
        assignments = new AssignmentService(store.db, repos,
                Clock.fixed(Instant.parse("2026-04-10T00:00:00Z"), ZoneId.of("Asia/Tokyo")));
        repos.organisation.save(Organisation.unnamed().withName("みどり町"));
        shuji = repos.tiers.insert(Tier.of("SHUJI", "主事・主事補級", 1)).id();
        shunin = repos.tiers.insert(Tier.of("SHUNIN", "主任級", 2)).id();
        general = repos.jobCategories.insert(JobCategory.of("GENERAL", "一般行政", 1)).id();
        long root = repos.departments.insert(Department.root("総務部")).id();
        soumu = repos.departments.insert(Department.child("総務課", root)).id();
        zaimu = repos.departments.insert(Department.child("財政課", root)).id();
        long tierType = repos.courseTypes.insert(CourseType.of("TIER", "階層別研修", null, 1)).id();
        course = repos.courses.insert(course("新任主任研修", tierType, EnrollmentMode.NOMINATION,
                new TargetRule(Set.of(shunin), Set.of(), null, null, 12, null, true))).id();
        applied = repos.courses.insert(course("政策形成研修", tierType, EnrollmentMode.APPLICATION,
                TargetRule.forTiers(Set.of(shuji, shunin)))).id();
        long plan = repos.plans.insert(AnnualPlan.draft(2026)).id();
        first = session(plan, course, 1, 2, LocalDate.of(2026, 5, 12));
        second = session(plan, course, 2, 2, LocalDate.of(2026, 6, 9));
        session(plan, applied, 1, 2, LocalDate.of(2026, 7, 7));
    }

    private static Course course(String name, long type, EnrollmentMode mode, TargetRule rule) {
        return new Course(0, null, name, type, null, DeliveryFormat.CLASSROOM, null, null, 2, null, mode, null, rule,
                Set.of(), false, 0);
    }

    private long session(long plan, long courseId, int no, int capacity, LocalDate day) {
        Session s = Session.of(plan, courseId, no);
        long id = repos.sessions.insert(new Session(0, plan, courseId, no, "本庁舎", null, null, capacity, null, null,
                s.status(), null, 0)).id();
        repos.sessionDays.insert(SessionDay.of(id, day));
        return id;
    }

    /** A 主任 promoted on {@code promoted} in {@code department}. */
    long promoted(String name, LocalDate promoted, long department) {
        long id = repos.staff.insert(Staff.of(String.format("%05d", staffNo++), name, null,
                LocalDate.of(2012, 4, 1))).id();
        repos.assignments.insert(Assignment.of(id, LocalDate.of(2012, 4, 1), department, shuji, general));
        repos.assignments.insert(new Assignment(0, id, promoted, department, shunin, general, null, null, promoted, 0));
        return id;
    }

    void away(long staffId, AbsenceKind kind, LocalDate from, LocalDate to) {
        repos.absences.insert(new StaffAbsence(0, staffId, kind, from, to, null, 0));
    }

    @Override
    public void close() {
        store.close();
    }
}

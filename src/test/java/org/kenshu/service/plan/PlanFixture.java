package org.kenshu.service.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Assignment;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Staff;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.service.OrganisationService;
import org.kenshu.service.TierTargetCounter;
import org.kenshu.service.calendar.HolidayService;
import org.kenshu.service.catalog.CourseEditService;
import org.kenshu.service.plan.checks.PlanCheckService;
import org.kenshu.store.Repositories;
import org.kenshu.store.TestStore;

/**
 * A small fictional city for plan tests: two tiers, a course type, staff made up for the test, and helpers
 * that put sessions with days and nominations into a year's plan through the services.
 */
final class PlanFixture implements AutoCloseable {
    final TestStore store;
    final Repositories repos;
    final OrganisationService organisation;
    final AnnualPlanService plans;
    final SessionEditService sessions;
    final SessionCancelService cancellations;
    final PlanCheckService checks;
    final YearCopyService copy;
    final CurriculumService curriculum;
    final CourseEditService courses;
    final CourseType tierType;
    final Tier shuji;
    final Tier shunin;

    PlanFixture(Path dir) {
        store = new TestStore(dir);
        repos = store.repos;
        organisation = new OrganisationService(store.db, repos, TestStore.CLOCK);
        organisation.save(Organisation.unnamed().withName("テスト市"));
        plans = new AnnualPlanService(store.db, repos);
        sessions = new SessionEditService(store.db, repos, plans);
        cancellations = new SessionCancelService(store.db, repos, sessions);
        checks = new PlanCheckService(repos, new HolidayService(store.db, repos), organisation, TestStore.CLOCK);
        copy = new YearCopyService(store.db, repos, plans, checks);
        curriculum = new CurriculumService(repos, new TierTargetCounter(repos));
        courses = new CourseEditService(store.db, repos);
        tierType = repos.courseTypes.insert(CourseType.of("TIER", "階層別研修", "#1F4E79", 1));
        shuji = repos.tiers.insert(Tier.of("SHUJI", "主事・主事補級", 1));
        shunin = repos.tiers.insert(Tier.of("SHUNIN", "主任級", 2));
    }

    Course course(String name, Tier... tiers) {
        return course(name, DeliveryFormat.CLASSROOM, Set.of(), tiers);
    }

    Course course(String name, DeliveryFormat format, Set<Long> competencies, Tier... tiers) {
        Set<Long> ids = new HashSet<>();
        for (Tier t : tiers) {
            ids.add(t.id());
        }
        return courses.save(new Course(0, null, name, tierType.id(), null, format, null, null, 20, null,
                EnrollmentMode.NOMINATION, null, TargetRule.forTiers(ids), competencies, false, 0), List.of()).course();
    }

    AnnualPlan plan(int fy) {
        return plans.plan(fy).orElseGet(() -> plans.createEmpty(fy));
    }

    Session session(int fy, Course course, String venue, LocalDate... days) {
        return session(fy, course, venue, null, days);
    }

    Session session(int fy, Course course, String venue, String instructor, LocalDate... days) {
        Session draft = new Session(0, 0, course.id(), 0, venue, null, instructor, null, null, null,
                SessionStatus.PLANNED, null, 0);
        return sessions.add(fy, draft, List.of(days)).session();
    }

    Staff staff(String no, String name, Tier tier) {
        Staff s = repos.staff.insert(Staff.of(no, name, null, LocalDate.of(2015, 4, 1)));
        repos.assignments.insert(Assignment.of(s.id(), LocalDate.of(2015, 4, 1), null, tier.id(), null));
        return s;
    }

    Enrollment nominate(Staff staff, Session session, int fy) {
        return repos.enrollments.insert(Enrollment.nominated(session.courseId(), fy, staff.id(), session.id()));
    }

    List<LocalDate> days(long sessionId) {
        return repos.sessionDays.findBySession(sessionId).stream().map(SessionDay::heldOn).toList();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Override
    public void close() {
        store.close();
    }
}

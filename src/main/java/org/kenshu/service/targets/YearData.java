package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Goal;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Tier;
import org.kenshu.service.DepartmentNames;
import org.kenshu.store.BulkReads;
import org.kenshu.store.Repositories;

/** What targets and session assignment need for one fiscal year, read once: no per-person queries follow. */
final class YearData {
    final Organisation organisation;
    final FiscalYear fiscalYear;
    final AnnualPlan plan;
    final StaffFacts facts;
    final DepartmentNames departments;
    final Map<Long, Tier> tiers = new HashMap<>();
    final Map<Long, JobCategory> jobs = new HashMap<>();
    /** Every course, in catalog order (type, then id). */
    final Map<Long, Course> courses = new LinkedHashMap<>();
    /** The plan's sessions, each with its days in date order. */
    final List<SessionSlot> sessions = new ArrayList<>();
    final List<Enrollment> enrollments;
    final List<Goal> goals;

    private YearData(Repositories repos, BulkReads bulk, int year) {
        organisation = repos.organisation.find().orElse(Organisation.unnamed());
        fiscalYear = new FiscalYear(year, organisation.fiscalYearStartMonth());
        plan = repos.plans.findByFiscalYear(year).orElse(null);
        facts = new StaffFacts(bulk.staff(), bulk.assignments(), bulk.absences());
        departments = new DepartmentNames(repos.departments.findAll());
        repos.tiers.findAll().forEach(t -> tiers.put(t.id(), t));
        repos.jobCategories.findAll().forEach(j -> jobs.put(j.id(), j));
        bulk.coursesWithTargets().forEach(c -> courses.put(c.id(), c));
        if (plan != null) {
            List<Session> planned = repos.sessions.findByPlan(plan.id());
            Map<Long, List<LocalDate>> days = new HashMap<>();
            var ids = new HashSet<Long>();
            planned.forEach(s -> ids.add(s.id()));
            for (SessionDay d : repos.sessionDays.findAll()) {
                if (ids.contains(d.sessionId())) {
                    days.computeIfAbsent(d.sessionId(), k -> new ArrayList<>()).add(d.heldOn());
                }
            }
            for (Session s : planned) {
                List<LocalDate> held = days.getOrDefault(s.id(), new ArrayList<>());
                held.sort(Comparator.naturalOrder());
                Course c = courses.get(s.courseId());
                Integer capacity = s.capacity() != null ? s.capacity() : c == null ? null : c.defaultCapacity();
                sessions.add(new SessionSlot(s, held, capacity));
            }
            sessions.sort(SessionSlot.ORDER);
        }
        enrollments = repos.enrollments.findByFiscalYear(year);
        goals = repos.goals.findAll();
    }

    static YearData load(Repositories repos, BulkReads bulk, int fiscalYear) {
        return new YearData(repos, bulk, fiscalYear);
    }

    /** The reference date targets are judged on when none is given: the first day of the fiscal year. */
    LocalDate defaultReference() {
        return fiscalYear.start();
    }

    /** Courses that have at least one session in the plan, in catalog order. */
    List<Course> plannedCourses() {
        var ids = new HashSet<Long>();
        sessions.forEach(s -> ids.add(s.session().courseId()));
        return courses.values().stream().filter(c -> ids.contains(c.id())).toList();
    }

    List<SessionSlot> sessionsOf(long courseId) {
        return sessions.stream().filter(s -> s.session().courseId() == courseId).toList();
    }

    Optional<Course> course(long id) {
        return Optional.ofNullable(courses.get(id));
    }
}

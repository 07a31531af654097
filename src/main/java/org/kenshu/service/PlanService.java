package org.kenshu.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.store.Repositories;

/** The annual plan (年度研修計画) of a fiscal year: its sessions, their days and nominations. */
public final class PlanService {
    private final Repositories repos;

    public PlanService(Repositories repos) {
        this.repos = repos;
    }

    public Optional<AnnualPlan> plan(int fiscalYear) {
        return repos.plans.findByFiscalYear(fiscalYear);
    }

    /** The plan's sessions in date order (sessions without days last). */
    public List<SessionEntry> sessions(int fiscalYear) {
        Optional<AnnualPlan> plan = plan(fiscalYear);
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<Long, Course> courses = RosterService.byId(repos.courses.findAll(), Course::id);
        Map<Long, CourseType> types = RosterService.byId(repos.courseTypes.findAll(), CourseType::id);
        Map<Long, Staff> instructors = RosterService.byId(repos.staff.findAll(), Staff::id);
        Map<Long, Long> enrolled = repos.enrollments.findByFiscalYear(fiscalYear).stream()
                .filter(e -> e.sessionId() != null && e.status() == EnrollmentStatus.ENROLLED)
                .collect(Collectors.groupingBy(Enrollment::sessionId, Collectors.counting()));
        List<Session> sessions = repos.sessions.findByPlan(plan.get().id());
        Map<Long, List<LocalDate>> days = daysOf(sessions);
        List<SessionEntry> entries = new ArrayList<>();
        for (Session s : sessions) {
            Course course = courses.get(s.courseId());
            CourseType type = types.get(course.courseTypeId());
            String instructor = s.instructorStaffId() != null && instructors.containsKey(s.instructorStaffId())
                    ? instructors.get(s.instructorStaffId()).name()
                    : s.instructorName();
            entries.add(new SessionEntry(s.id(), course.id(), course.name(), type.code(), type.name(), s.sessionNo(),
                    days.getOrDefault(s.id(), List.of()), s.periodEnd(), s.venue(), instructor == null ? "" : instructor,
                    s.capacity(), enrolled.getOrDefault(s.id(), 0L).intValue(), s.status()));
        }
        entries.sort(Comparator.comparing(SessionEntry::firstDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SessionEntry::course).thenComparing(SessionEntry::sessionNo));
        return entries;
    }

    private Map<Long, List<LocalDate>> daysOf(List<Session> sessions) {
        var ids = sessions.stream().map(Session::id).collect(Collectors.toSet());
        return repos.sessionDays.findAll().stream()
                .filter(d -> ids.contains(d.sessionId()))
                .sorted(Comparator.comparing(SessionDay::heldOn))
                .collect(Collectors.groupingBy(SessionDay::sessionId,
                        Collectors.mapping(SessionDay::heldOn, Collectors.toList())));
    }

    /** Fiscal years that have a plan, oldest first. */
    public List<Integer> plannedYears() {
        return repos.plans.fiscalYears();
    }
}

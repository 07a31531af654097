package org.kenshu.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Assignment;
import org.kenshu.model.Attendance;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DesignationRole;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Tier;
import org.kenshu.service.StaffDetail.Change;
import org.kenshu.store.Repositories;

/** Reads one staff member's record for the detail panel: history, leave, roles, training and nominations. */
public final class StaffRecords {
    private final Repositories repos;

    public StaffRecords(Repositories repos) {
        this.repos = repos;
    }

    public StaffDetail detail(long staffId) {
        var names = new DepartmentNames(repos.departments.findAll());
        Map<Long, Tier> tiers = RosterService.byId(repos.tiers.findAll(), Tier::id);
        Map<Long, JobCategory> jobs = RosterService.byId(repos.jobCategories.findAll(), JobCategory::id);
        List<StaffDetail.AssignmentLine> history = new ArrayList<>();
        Assignment previous = null;
        for (Assignment a : repos.assignments.findByStaff(staffId)) {
            history.add(new StaffDetail.AssignmentLine(a, names.fullName(a.departmentId()),
                    a.tierId() == null ? "" : tiers.get(a.tierId()).name(),
                    a.jobCategoryId() == null ? "" : jobs.get(a.jobCategoryId()).name(), change(previous, a)));
            previous = a;
        }
        Map<Long, DesignationRole> roles = RosterService.byId(repos.designationRoles.findAll(), DesignationRole::id);
        var designations = repos.designations.findByStaff(staffId).stream()
                .sorted(Comparator.comparing(org.kenshu.model.Designation::fiscalYear).reversed())
                .map(d -> new StaffDetail.DesignationLine(d, roles.get(d.roleId()).name())).toList();
        var absences = repos.absences.findByStaff(staffId).stream()
                .sorted(Comparator.comparing(org.kenshu.model.StaffAbsence::startOn)).toList();
        Sessions sessions = new Sessions();
        return new StaffDetail(repos.staff.get(staffId), history, absences, designations, training(staffId, sessions),
                nominations(staffId, sessions));
    }

    /** The roles a designation can name (DX推進リーダー, メンター …), in order. */
    public List<DesignationRole> roles() {
        return repos.designationRoles.findAll();
    }

    static Change change(Assignment previous, Assignment a) {
        if (previous == null) {
            return Change.FIRST;
        }
        boolean moved = !Objects.equals(previous.departmentId(), a.departmentId());
        boolean promoted = !Objects.equals(previous.tierId(), a.tierId());
        return moved && promoted ? Change.TRANSFER_AND_PROMOTION : moved ? Change.TRANSFER
                : promoted ? Change.PROMOTION : Change.OTHER;
    }

    private List<StaffDetail.TrainingLine> training(long staffId, Sessions s) {
        var rule = CompletionRule.of(repos.organisation.find().orElse(Organisation.unnamed()));
        Map<Long, List<Attendance>> bySession = new TreeMap<>();
        for (Attendance a : repos.attendance.findByStaff(staffId)) {
            SessionDay day = s.days.get(a.sessionDayId());
            bySession.computeIfAbsent(day.sessionId(), k -> new ArrayList<>()).add(a);
        }
        List<StaffDetail.TrainingLine> lines = new ArrayList<>();
        bySession.forEach((sessionId, marks) -> {
            Session session = s.sessions.get(sessionId);
            Course course = s.courses.get(session.courseId());
            marks.sort(Comparator.comparing(a -> s.days.get(a.sessionDayId()).heldOn()));
            var days = marks.stream().map(a -> s.days.get(a.sessionDayId()).heldOn()).toList();
            var kinds = marks.stream().map(Attendance::mark).toList();
            int dayCount = s.dayCount.getOrDefault(sessionId, 0L).intValue();
            lines.add(new StaffDetail.TrainingLine(s.fiscalYear(session), course.name(),
                    s.types.get(course.courseTypeId()).name(), session.sessionNo(), days, kinds, dayCount,
                    rule.completed(kinds, dayCount)));
        });
        lines.sort(Comparator.comparing((StaffDetail.TrainingLine l) -> l.days().getFirst()).reversed());
        return lines;
    }

    private List<StaffDetail.NominationLine> nominations(long staffId, Sessions s) {
        return repos.enrollments.findByStaff(staffId).stream()
                .map(e -> {
                    Session session = e.sessionId() == null ? null : s.sessions.get(e.sessionId());
                    return new StaffDetail.NominationLine(e, s.courses.get(e.courseId()).name(),
                            session == null ? null : session.sessionNo(),
                            session == null ? null : s.firstDay.get(session.id()));
                })
                .sorted(Comparator.comparing((StaffDetail.NominationLine n) -> n.enrollment().fiscalYear()).reversed()
                        .thenComparing(n -> n.firstDay(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The plan's sessions, days and courses, looked up by id. */
    private final class Sessions {
        final Map<Long, Session> sessions = RosterService.byId(repos.sessions.findAll(), Session::id);
        final Map<Long, SessionDay> days = RosterService.byId(repos.sessionDays.findAll(), SessionDay::id);
        final Map<Long, Course> courses = RosterService.byId(repos.courses.findAll(), Course::id);
        final Map<Long, CourseType> types = RosterService.byId(repos.courseTypes.findAll(), CourseType::id);
        final Map<Long, Integer> planYears = repos.plans.findAll().stream()
                .collect(Collectors.toMap(AnnualPlan::id, AnnualPlan::fiscalYear));
        final Map<Long, Long> dayCount = days.values().stream()
                .collect(Collectors.groupingBy(SessionDay::sessionId, Collectors.counting()));
        final Map<Long, LocalDate> firstDay = days.values().stream().collect(Collectors.toMap(SessionDay::sessionId,
                SessionDay::heldOn, (x, y) -> x.isBefore(y) ? x : y));

        int fiscalYear(Session session) {
            return planYears.get(session.planId());
        }
    }
}

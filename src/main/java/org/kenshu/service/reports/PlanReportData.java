package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Staff;
import org.kenshu.store.Repositories;

/** Reads the fiscal year's plan into a {@link PlanReport}. */
final class PlanReportData {
    private PlanReportData() {
    }

    static PlanReport read(Repositories repos, int fiscalYear) {
        var plan = repos.plans.findByFiscalYear(fiscalYear);
        if (plan.isEmpty()) {
            return new PlanReport(List.of());
        }
        CourseFacts facts = new CourseFacts(repos);
        Map<Long, Course> courses = CourseFacts.byId(repos.courses.findAll(), Course::id);
        Map<Long, Staff> staff = CourseFacts.byId(repos.staff.findAll(), Staff::id);
        Map<Long, List<LocalDate>> days = repos.sessionDays.findAll().stream()
                .collect(Collectors.groupingBy(SessionDay::sessionId,
                        Collectors.mapping(SessionDay::heldOn, Collectors.toList())));
        Map<Long, Long> nominated = repos.enrollments.findByFiscalYear(fiscalYear).stream()
                .filter(e -> e.sessionId() != null && e.status() == EnrollmentStatus.ENROLLED)
                .collect(Collectors.groupingBy(Enrollment::sessionId, Collectors.counting()));
        Map<Course, List<PlanReport.Session>> byCourse = new LinkedHashMap<>();
        for (Session s : repos.sessions.findByPlan(plan.get().id())) {
            String instructor = s.instructorStaffId() != null && staff.containsKey(s.instructorStaffId())
                    ? staff.get(s.instructorStaffId()).name() : s.instructorName();
            List<LocalDate> sessionDays = days.getOrDefault(s.id(), List.of()).stream().sorted().toList();
            byCourse.computeIfAbsent(courses.get(s.courseId()), k -> new ArrayList<>()).add(new PlanReport.Session(
                    s.sessionNo(), sessionDays, s.periodEnd(), s.venue(), s.capacity() != null ? s.capacity()
                            : courses.get(s.courseId()).defaultCapacity(), instructor,
                    s.status() == SessionStatus.CANCELLED, nominated.getOrDefault(s.id(), 0L).intValue()));
        }
        Comparator<PlanReport.Session> bySession = Comparator.comparing(PlanReport.Session::firstDay,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(PlanReport.Session::sessionNo);
        List<PlanReport.Course> result = new ArrayList<>();
        byCourse.entrySet().stream()
                .sorted(Map.Entry.<Course, List<PlanReport.Session>>comparingByKey(facts.byType())
                        .thenComparing(e -> e.getValue().stream().sorted(bySession).findFirst()
                                .map(PlanReport.Session::firstDay).orElse(LocalDate.MAX))
                        .thenComparing(e -> e.getKey().name()))
                .forEach(e -> {
                    Course c = e.getKey();
                    var type = facts.type(c);
                    result.add(new PlanReport.Course(type.code(), type.name(), c.name(), facts.targets(c),
                            facts.provider(c), CourseFacts.format(c), e.getValue().stream().sorted(bySession).toList()));
                });
        return new PlanReport(result);
    }
}

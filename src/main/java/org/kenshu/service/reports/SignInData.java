package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.model.Wareki;
import org.kenshu.store.Repositories;

/** Reads a session's nominations into a {@link SignInReport}; lists the sessions of a year. */
final class SignInData {
    private SignInData() {
    }

    static SignInReport read(Repositories repos, ReportContext ctx, Long sessionId) {
        int fiscalYear = ctx.fiscalYear();
        if (sessionId == null) {
            throw new ReportException(I18n.t("report.error.sessionNeeded"));
        }
        var plan = repos.plans.findByFiscalYear(fiscalYear);
        Session session = repos.sessions.find(sessionId).filter(s -> plan.isPresent() && s.planId() == plan.get().id())
                .orElseThrow(() -> new ReportException(I18n.t("report.error.noSession", sessionId, ctx.yearLabel())));
        Course course = repos.courses.get(session.courseId());
        int count = repos.sessions.findByPlanAndCourse(session.planId(), course.id()).size();
        List<LocalDate> days = repos.sessionDays.findBySession(sessionId).stream().map(SessionDay::heldOn).sorted()
                .toList();
        String instructor = session.instructorStaffId() != null
                ? repos.staff.find(session.instructorStaffId()).map(Staff::name).orElse("") : session.instructorName();
        Placements places = new Placements(repos);
        LocalDate on = days.isEmpty() ? null : days.getFirst();
        List<SignInReport.Person> people = new ArrayList<>();
        for (Enrollment e : repos.enrollments.findBySession(sessionId)) {
            if (e.status() != EnrollmentStatus.ENROLLED) {
                continue;
            }
            Staff s = repos.staff.get(e.staffId());
            people.add(new SignInReport.Person(s.employeeNo(), s.name(), s.kana(), places.department(s.id(), on)));
        }
        people.sort(Kana.order(SignInReport.Person::kana, SignInReport.Person::name, SignInReport.Person::employeeNo));
        return new SignInReport(course.name(), session.sessionNo(), count, days, session.venue(), instructor, people);
    }

    static List<SignInChoice> choices(Repositories repos, int fiscalYear) {
        var plan = repos.plans.findByFiscalYear(fiscalYear);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<Session> sessions = repos.sessions.findByPlan(plan.get().id());
        Map<Long, Course> courses = CourseFacts.byId(repos.courses.findAll(), Course::id);
        Map<Long, List<LocalDate>> days = repos.sessionDays.findAll().stream().collect(Collectors.groupingBy(
                SessionDay::sessionId, Collectors.mapping(SessionDay::heldOn, Collectors.toList())));
        Map<Long, Long> nominated = repos.enrollments.findByFiscalYear(fiscalYear).stream()
                .filter(e -> e.sessionId() != null && e.status() == EnrollmentStatus.ENROLLED)
                .collect(Collectors.groupingBy(Enrollment::sessionId, Collectors.counting()));
        Map<Long, Long> perCourse = sessions.stream().collect(Collectors.groupingBy(Session::courseId,
                Collectors.counting()));
        List<SignInChoice> result = new ArrayList<>();
        for (Session s : sessions) {
            List<LocalDate> d = days.getOrDefault(s.id(), List.of()).stream().sorted().toList();
            result.add(new SignInChoice(s.id(), d.isEmpty() ? null : d.getFirst(), courses.get(s.courseId()).name(),
                    s.sessionNo(), perCourse.get(s.courseId()).intValue(), Wareki.sessionDays(d, s.periodEnd()),
                    nominated.getOrDefault(s.id(), 0L).intValue()));
        }
        result.sort(Comparator.comparing(SignInChoice::firstDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SignInChoice::course).thenComparingInt(SignInChoice::sessionNo));
        return result;
    }
}

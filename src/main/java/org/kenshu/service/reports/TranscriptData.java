package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Assignment;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.I18n;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.model.Wareki;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.Repositories;

/** Reads the completed courses of the people a transcript is for (every year up to the fiscal year). */
final class TranscriptData {
    private TranscriptData() {
    }

    static TranscriptReport read(Repositories repos, ReportContext ctx, ReportRequest r) {
        LocalDate on = ctx.today().isBefore(ctx.fy().end()) ? ctx.today() : ctx.fy().end();
        Placements places = new Placements(repos);
        List<Staff> people;
        String subject;
        if (r.staffNo() != null && !r.staffNo().isBlank()) {
            people = List.of(TranscriptPeople.byNumber(repos, r.staffNo()));
            subject = I18n.t("report.transcript.subjectStaff", people.getFirst().employeeNo());
        } else if (r.department() != null && !r.department().isBlank()) {
            people = TranscriptPeople.inDepartment(repos, places, r.department(), on);
            subject = I18n.t("report.transcript.subjectDepartment", r.department(), people.size());
        } else {
            throw new ReportException(I18n.t("report.error.transcriptWho"));
        }
        CompletionRule rule = CompletionRule.of(ctx.organisation());
        CourseFacts facts = new CourseFacts(repos);
        Map<Long, Tier> tiers = CourseFacts.byId(repos.tiers.findAll(), Tier::id);
        Map<Long, Course> courses = CourseFacts.byId(repos.courses.findAll(), Course::id);
        Map<Long, Session> sessions = CourseFacts.byId(repos.sessions.findAll(), Session::id);
        Map<Long, Integer> planYear = new HashMap<>();
        repos.plans.findAll().forEach(p -> planYear.put(p.id(), p.fiscalYear()));
        Map<Long, SessionDay> days = CourseFacts.byId(repos.sessionDays.findAll(), SessionDay::id);
        Map<Long, List<SessionDay>> daysOf = new HashMap<>();
        days.values().forEach(d -> daysOf.computeIfAbsent(d.sessionId(), k -> new ArrayList<>()).add(d));
        List<TranscriptReport.Person> result = new ArrayList<>();
        for (Staff s : people) {
            Map<Long, List<AttendanceMark>> bySession = new HashMap<>();
            for (Attendance a : repos.attendance.findByStaff(s.id())) {
                SessionDay d = days.get(a.sessionDayId());
                bySession.computeIfAbsent(d.sessionId(), k -> new ArrayList<>()).add(a.mark());
            }
            List<TranscriptReport.Entry> entries = new ArrayList<>();
            bySession.forEach((sessionId, marks) -> {
                Session session = sessions.get(sessionId);
                Integer fy = planYear.get(session.planId());
                List<LocalDate> dates = daysOf.get(sessionId).stream().map(SessionDay::heldOn).sorted().toList();
                if (fy != null && fy <= ctx.fiscalYear() && rule.completed(marks, dates.size())) {
                    Course c = courses.get(session.courseId());
                    entries.add(new TranscriptReport.Entry(fy, dates.getFirst(), c.name(), facts.type(c).name(),
                            Wareki.sessionDays(dates, session.periodEnd()), c.hours()));
                }
            });
            entries.sort(Comparator.comparingInt(TranscriptReport.Entry::fiscalYear)
                    .thenComparing(TranscriptReport.Entry::firstDay));
            Assignment a = places.on(s.id(), on);
            Tier tier = a == null || a.tierId() == null ? null : tiers.get(a.tierId());
            result.add(new TranscriptReport.Person(s.employeeNo(), s.name(), s.kana(), places.department(s.id(), on),
                    tier == null ? "" : tier.name(), entries));
        }
        return new TranscriptReport(subject, result);
    }
}

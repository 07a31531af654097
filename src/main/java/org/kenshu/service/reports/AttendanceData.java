package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Progress;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.Repositories;

/**
 * Reads the year's nominations and attendance into an {@link AttendanceReport}. Completion follows the
 * organisation's rule (every day attended; late arrival and leaving early count unless the city decided
 * otherwise). Rows per person are made while the workbook is written, so 100,000 of them stream.
 */
final class AttendanceData {
    private AttendanceData() {
    }

    static AttendanceReport read(Repositories repos, ReportContext ctx, Progress progress) {
        YearSessions year = YearSessions.read(repos, ctx);
        progress.checkCancelled();
        CompletionRule rule = CompletionRule.of(ctx.organisation());
        Map<Long, Long> dayToSession = new HashMap<>();
        for (SessionDay d : year.days()) {
            dayToSession.put(d.id(), d.sessionId());
        }
        // session → staff → day → mark
        Map<Long, Map<Long, Map<Long, AttendanceMark>>> marks = new HashMap<>();
        for (Attendance a : repos.attendance.findHeldBetween(ctx.fy().start(), ctx.fy().end())) {
            Long session = dayToSession.get(a.sessionDayId());
            if (session != null) {
                marks.computeIfAbsent(session, k -> new HashMap<>()).computeIfAbsent(a.staffId(), k -> new HashMap<>())
                        .put(a.sessionDayId(), a.mark());
            }
        }
        progress.checkCancelled();
        Map<Long, Staff> staff = CourseFacts.byId(repos.staff.findAll(), Staff::id);
        List<Enrollment> enrollments = new ArrayList<>();
        for (Enrollment e : repos.enrollments.findByFiscalYear(ctx.fiscalYear())) {
            if (e.sessionId() != null && year.sessions().containsKey(e.sessionId())) {
                enrollments.add(e);
            }
        }
        enrollments.sort(Comparator.comparingInt((Enrollment e) -> year.order(e.sessionId()))
                .thenComparing(Kana.order(e -> staff.get(e.staffId()).kana(), e -> staff.get(e.staffId()).name(),
                        e -> staff.get(e.staffId()).employeeNo())));
        Map<Long, int[]> counts = new HashMap<>(); // nominated, completed, absent, pending, walk-ins
        for (Enrollment e : enrollments) {
            int[] c = counts.computeIfAbsent(e.sessionId(), k -> new int[5]);
            if (e.kind() == EnrollmentKind.WALK_IN) {
                c[4]++;
                continue;
            }
            if (e.status() != EnrollmentStatus.ENROLLED) {
                continue;
            }
            c[0]++;
            var m = marks.getOrDefault(e.sessionId(), Map.of()).get(e.staffId());
            if (m == null || m.isEmpty()) {
                c[3]++;
            } else if (rule.completed(m.values(), year.dayIds(e.sessionId()).size())) {
                c[1]++;
            } else {
                c[2]++;
            }
        }
        List<AttendanceReport.SessionLine> lines = new ArrayList<>();
        for (YearSessions.Entry s : year.ordered()) {
            int[] c = counts.getOrDefault(s.id(), new int[5]);
            lines.add(new AttendanceReport.SessionLine(s.type(), s.courseName(), s.number(), s.daysText(), c[0], c[1], c[2],
                    c[3], c[4]));
        }
        Placements places = new Placements(repos);
        PersonLines people = new PersonLines(enrollments, staff, year, marks, rule, places);
        return new AttendanceReport(lines, people, enrollments.size());
    }

    /** The rows per person, made one by one as the sheet is written. */
    private record PersonLines(List<Enrollment> enrollments, Map<Long, Staff> staff, YearSessions year,
            Map<Long, Map<Long, Map<Long, AttendanceMark>>> marks, CompletionRule rule, Placements places)
            implements Iterable<AttendanceReport.PersonLine> {

        @Override
        public java.util.Iterator<AttendanceReport.PersonLine> iterator() {
            return enrollments.stream().map(this::line).iterator();
        }

        private AttendanceReport.PersonLine line(Enrollment e) {
            Staff s = staff.get(e.staffId());
            YearSessions.Entry session = year.sessions().get(e.sessionId());
            List<Long> dayIds = year.dayIds(e.sessionId());
            Map<Long, AttendanceMark> m = marks.getOrDefault(e.sessionId(), Map.of()).getOrDefault(e.staffId(), Map.of());
            String completed;
            if (e.status() == EnrollmentStatus.EXEMPT) {
                completed = I18n.label(EnrollmentStatus.EXEMPT);
            } else if (e.status() != EnrollmentStatus.ENROLLED) {
                completed = I18n.label(e.status());
            } else {
                completed = rule.completed(m.values(), dayIds.size()) ? I18n.t("report.attendance.completed") : "";
            }
            LocalDate first = session.firstDay();
            return new AttendanceReport.PersonLine(s.employeeNo(), s.name(), places.department(s.id(), first),
                    session.courseName(), session.number(), session.daysText(), MarkText.of(dayIds, m), completed);
        }
    }
}

package org.kenshu.service.reports;

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
import org.kenshu.model.Staff;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.ReportQueries;
import org.kenshu.store.Repositories;

/**
 * Reads the year's nominations and attendance into an {@link AttendanceReport}. Completion follows the
 * organisation's rule (every day attended; late arrival and leaving early count unless the city decided
 * otherwise). Rows per person are made while the workbook is written, so 100,000 of them stream.
 */
final class AttendanceData {
    private AttendanceData() {
    }

    /** A nomination with what it is sorted by: the session's place in the year, then 五十音. */
    private record Line(Enrollment enrollment, int order, String kana, String employeeNo) {
    }

    static AttendanceReport read(Repositories repos, ReportQueries queries, ReportContext ctx, Progress progress) {
        YearSessions year = YearSessions.read(repos, ctx);
        MarkTable marks = new MarkTable(year);
        for (Attendance a : queries.attendanceHeldBetween(ctx.fy().start(), ctx.fy().end())) {
            marks.put(a.sessionDayId(), a.staffId(), a.mark());
        }
        progress.checkCancelled();
        Map<Long, Staff> staff = CourseFacts.byId(repos.staff.findAll(), Staff::id);
        Map<Long, String> kana = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Enrollment e : queries.enrollments(ctx.fiscalYear())) {
            if (e.sessionId() != null && year.sessions().containsKey(e.sessionId())) {
                Staff s = staff.get(e.staffId());
                lines.add(new Line(e, year.order(e.sessionId()),
                        kana.computeIfAbsent(s.id(), k -> Kana.key(s.kana(), s.name())), s.employeeNo()));
            }
        }
        progress.checkCancelled();
        lines.sort(Comparator.comparingInt(Line::order).thenComparing(Line::kana).thenComparing(Line::employeeNo));
        CompletionRule rule = CompletionRule.of(ctx.organisation());
        Map<Long, int[]> counts = new HashMap<>(); // nominated, completed, absent, pending, walk-ins
        for (Line l : lines) {
            Enrollment e = l.enrollment();
            int[] c = counts.computeIfAbsent(e.sessionId(), k -> new int[5]);
            if (e.kind() == EnrollmentKind.WALK_IN) {
                c[4]++;
            } else if (e.status() == EnrollmentStatus.ENROLLED) {
                c[0]++;
                AttendanceMark[] m = marks.of(e.sessionId(), e.staffId());
                c[m == null ? 3 : MarkText.completed(rule, m) ? 1 : 2]++;
            }
        }
        List<AttendanceReport.SessionLine> sessions = new ArrayList<>();
        for (YearSessions.Entry s : year.ordered()) {
            int[] c = counts.getOrDefault(s.id(), new int[5]);
            sessions.add(new AttendanceReport.SessionLine(s.type(), s.courseName(), s.number(), s.daysText(), c[0],
                    c[1], c[2], c[3], c[4]));
        }
        Placements places = new Placements(repos);
        Iterable<AttendanceReport.PersonLine> people = () -> lines.stream()
                .map(l -> person(l.enrollment(), staff.get(l.enrollment().staffId()), year, marks, rule, places))
                .iterator();
        return new AttendanceReport(sessions, people, lines.size());
    }

    /** One row per person, made as the sheet is written. */
    private static AttendanceReport.PersonLine person(Enrollment e, Staff s, YearSessions year, MarkTable marks,
            CompletionRule rule, Placements places) {
        YearSessions.Entry session = year.sessions().get(e.sessionId());
        AttendanceMark[] m = marks.of(e.sessionId(), e.staffId());
        String completed;
        if (e.status() != EnrollmentStatus.ENROLLED) {
            completed = I18n.label(e.status());
        } else {
            completed = MarkText.completed(rule, m) ? I18n.t("report.attendance.completed") : "";
        }
        return new AttendanceReport.PersonLine(s.employeeNo(), s.name(), places.department(s.id(), session.firstDay()),
                session.courseName(), session.number(), session.daysText(), MarkText.of(m), completed);
    }
}

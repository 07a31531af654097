package org.kenshu.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.I18n;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;

/**
 * 出欠・受講実績 in the list, sign-in and matrix layouts. Each mark must fall on a day of a session of
 * the course; attendance by someone without a nomination becomes a WALK_IN enrollment.
 */
final class AttendanceProcessor implements KindProcessor {
    private final ImportContext ctx;
    private final People people;
    private final CourseIndex courses;
    private final SessionFinder sessions;
    private final Marks marks;
    private final AttendanceEnrollments enrollments;
    private final MissingSessions missingSessions;
    /** session day id → staff id → stored attendance; loaded per day on first use. */
    private final Map<Long, Map<Long, Attendance>> stored = new HashMap<>();
    /** (day, staff) → row number already read in this import. */
    private final Map<Long, Map<Long, Integer>> seen = new HashMap<>();
    private List<Attendance> pending = new ArrayList<>();
    /** Writes the new rows from the first full block on (never in a dry run). */
    private AttendanceWriter writer;
    /** The highest attendance id before this import's first insert; null until then. */
    private Long idsAfter;

    AttendanceProcessor(ImportContext ctx) {
        this.ctx = ctx;
        this.people = new People(new StaffIndex(ctx.repos.staff.findAll()), ctx);
        this.courses = new CourseIndex(ctx.repos.courses.findAll(), ctx.repos.courseAliases.findAll());
        this.sessions = new SessionFinder(ctx.repos);
        this.marks = new Marks(ctx.options.triangle());
        this.enrollments = new AttendanceEnrollments(ctx);
        this.missingSessions = new MissingSessions(ctx, sessions);
    }

    @Override
    public Set<Column> keyColumns() {
        return Set.of(Column.EMPLOYEE_NO, Column.NAME);
    }

    @Override
    public Set<Column> dataColumns() {
        return Set.of(Column.EMPLOYEE_NO, Column.NAME, Column.MARK);
    }

    @Override
    public void row(ImportRow row) {
        Optional<Staff> staff = people.find(row);
        Optional<Course> course = course(row);
        List<AttendanceMarks.DayMark> dayMarks = AttendanceMarks.of(row, ctx);
        if (staff.isEmpty() || course.isEmpty() || dayMarks == null) {
            ctx.counts.skipped++;
            return;
        }
        for (var dm : dayMarks) {
            Optional<AttendanceMark> mark = marks.parse(dm.mark());
            if (mark.isEmpty()) {
                ctx.problems.error(new ImportProblem(row.file(), row.sheet(), row.rowNumber(), dm.header(),
                        I18n.t(Marks.TRIANGLE.equals(Text.key(dm.mark())) ? "import.attendance.triangle"
                                : "import.attendance.badMark", dm.mark()), List.of()));
                ctx.counts.skipped++;
                continue;
            }
            Optional<SessionDay> day = sessions.day(course.get().id(), dm.date())
                    .or(() -> missingSessions.create(row, course.get(), dm.date()));
            if (day.isEmpty()) {
                ctx.error(row, dm.column(), "import.noSessionOnDate", course.get().name(), ctx.date(dm.date()));
                ctx.counts.skipped++;
                continue;
            }
            record(row, staff.get(), course.get(), day.get(), mark.get(), dm);
        }
    }

    private Optional<Course> course(ImportRow row) {
        String name = row.text(Column.COURSE);
        if (name == null) {
            ctx.error(row, Column.COURSE, "import.attendance.noCourse");
            return Optional.empty();
        }
        Optional<Course> c = courses.find(name);
        if (c.isEmpty()) {
            ctx.error(row, Column.COURSE, "import.unknownCourse", name);
        }
        return c;
    }

    private void record(ImportRow row, Staff staff, Course course, SessionDay day, AttendanceMark mark,
            AttendanceMarks.DayMark dm) {
        Integer earlier = seen.computeIfAbsent(day.id(), k -> new HashMap<>()).putIfAbsent(staff.id(), row.rowNumber());
        if (earlier != null) {
            ctx.error(row, dm.column(), "import.attendance.duplicate", staff.employeeNo(), ctx.date(dm.date()), earlier);
            ctx.counts.skipped++;
            return;
        }
        int fiscalYear = FiscalYear.containing(dm.date(), ctx.organisation.fiscalYearStartMonth()).year();
        enrollments.ensure(row, staff, course, fiscalYear, day.sessionId(), mark);
        Attendance old = storedFor(day, course).get(staff.id());
        String note = row.verbatim(Column.NOTE);
        if (old == null) {
            pending.add(new Attendance(0, day.id(), staff.id(), mark, note, ctx.batchId(), 0));
            ctx.counts.created++;
            if (pending.size() >= 1000) {
                flush();
            }
            return;
        }
        if (old.mark() == mark) {
            ctx.counts.unchanged++;
            return;
        }
        String subject = staff.employeeNo() + " " + staff.name() + " / " + course.name() + " " + ctx.shortDate(dm.date());
        if (!ctx.overwrite(row, dm.column(), "attendance:" + old.id(), subject, I18n.label(old.mark()),
                I18n.label(mark))) {
            ctx.counts.skipped++;
            return;
        }
        var wanted = new Attendance(old.id(), old.sessionDayId(), old.staffId(), mark,
                note != null ? note : old.note(), old.importBatchId(), old.version());
        ctx.journal.updating("attendance", old.id(), () -> ctx.repos.attendance.update(wanted));
        ctx.counts.updated++;
    }

    /**
     * Stored attendance of a day by staff id. The first day of a course that is asked for loads the
     * days of all the course's sessions in that fiscal year at once: one query per course instead
     * of one per day (hundreds in a year-long list).
     */
    private Map<Long, Attendance> storedFor(SessionDay day, Course course) {
        Map<Long, Attendance> found = stored.get(day.id());
        if (found != null) {
            return found;
        }
        FiscalYear fy = FiscalYear.containing(day.heldOn(), ctx.organisation.fiscalYearStartMonth());
        java.util.Set<Long> days = new java.util.LinkedHashSet<>();
        days.add(day.id());
        sessions.sessions(course.id(), fy).forEach(h -> h.days().forEach(d -> days.add(d.id())));
        days.removeIf(stored::containsKey);
        days.forEach(id -> stored.put(id, new HashMap<>()));
        ctx.repos.attendance.findBySessionDays(days).forEach(a -> stored.get(a.sessionDayId()).put(a.staffId(), a));
        return stored.get(day.id());
    }

    /**
     * Writes the pending rows. A dry run leaves them out: nothing reads them back within the run
     * (duplicates are caught by {@link #seen}) and the transaction is rolled back anyway, so the
     * preview of a large file costs no inserts.
     */
    private void flush() {
        if (ctx.options.dryRun() || pending.isEmpty()) {
            pending.clear();
            return;
        }
        if (writer == null) {
            idsAfter = ctx.repos.attendance.maxId();
            writer = new AttendanceWriter(ctx.repos.attendance);
        }
        writer.write(pending);
        pending = new ArrayList<>();
    }

    @Override
    public void finish() {
        flush();
        if (writer != null) {
            writer.finish();
        }
        if (!ctx.options.dryRun()) {
            long upto = ctx.repos.attendance.maxId(); // an empty range when nothing new: undo looks nowhere
            ctx.journal.insertedAttendance(idsAfter != null ? idsAfter : upto, upto);
        }
        enrollments.finish();
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}

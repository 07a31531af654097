package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;

/** 受講者名簿(指名): staff per course, optionally per session date → NOMINATED enrollments. */
final class NominationProcessor implements KindProcessor {
    private final ImportContext ctx;
    private final People people;
    private final CourseIndex courses;
    private final SessionFinder sessions;
    private final Enrollments enrollments;

    NominationProcessor(ImportContext ctx) {
        this.ctx = ctx;
        this.people = new People(new StaffIndex(ctx.repos.staff.findAll()), ctx);
        this.courses = new CourseIndex(ctx.repos.courses.findAll(), ctx.repos.courseAliases.findAll());
        this.sessions = new SessionFinder(ctx.repos);
        this.enrollments = new Enrollments(ctx);
    }

    @Override
    public Set<Column> keyColumns() {
        return Set.of(Column.EMPLOYEE_NO, Column.NAME);
    }

    @Override
    public Set<Column> dataColumns() {
        return Set.of(Column.EMPLOYEE_NO, Column.NAME);
    }

    @Override
    public void row(ImportRow row) {
        Optional<Staff> staff = people.find(row);
        String courseName = row.text(Column.COURSE);
        Optional<Course> course = courseName == null ? Optional.empty() : courses.find(courseName);
        if (courseName == null) {
            ctx.error(row, Column.COURSE, "import.plan.noCourse");
        } else if (course.isEmpty()) {
            ctx.error(row, Column.COURSE, "import.unknownCourse", courseName);
        }
        LocalDate date = null;
        if (!row.isBlank(Column.DATE)) {
            FiscalYear hint = ctx.options.fiscalYear() != null ? FiscalYear.of(ctx.options.fiscalYear())
                    : row.layout().titleFiscalYear() != null ? FiscalYear.of(row.layout().titleFiscalYear()) : null;
            date = DateValues.parse(row.cell(Column.DATE), row.date1904(), hint).orElse(null);
            if (date == null) {
                ctx.error(row, Column.DATE, "import.badDate", row.text(Column.DATE));
            }
        }
        if (staff.isEmpty() || course.isEmpty() || (date == null && !row.isBlank(Column.DATE))) {
            ctx.counts.skipped++;
            return;
        }
        Long sessionId = null;
        int fiscalYear;
        if (date != null) {
            Optional<SessionDay> day = sessions.day(course.get().id(), date);
            if (day.isEmpty()) {
                ctx.error(row, Column.DATE, "import.noSessionOnDate", course.get().name(), ctx.date(date));
                ctx.counts.skipped++;
                return;
            }
            sessionId = day.get().sessionId();
            fiscalYear = sessions.sessionOf(sessionId, course.get().id()).fiscalYear();
        } else {
            fiscalYear = fiscalYear(row);
        }
        write(row, staff.get(), course.get(), fiscalYear, sessionId);
    }

    private int fiscalYear(ImportRow row) {
        if (ctx.options.fiscalYear() != null) {
            return ctx.options.fiscalYear();
        }
        if (row.layout().titleFiscalYear() != null) {
            return row.layout().titleFiscalYear();
        }
        return ctx.currentFiscalYear().year();
    }

    private void write(ImportRow row, Staff staff, Course course, int fiscalYear, Long sessionId) {
        Optional<Enrollment> stored = enrollments.find(course.id(), fiscalYear, staff.id());
        if (stored.isEmpty()) {
            Enrollment e = ctx.repos.enrollments.insert(new Enrollment(0, course.id(), fiscalYear, staff.id(),
                    sessionId, EnrollmentKind.NOMINATED, EnrollmentStatus.ENROLLED, null, null, ctx.batchId(), 0));
            enrollments.put(e);
            ctx.counts.created++;
            return;
        }
        Enrollment e = stored.get();
        Long session = sessionId != null ? sessionId : e.sessionId();
        if (e.kind() == EnrollmentKind.NOMINATED && java.util.Objects.equals(session, e.sessionId())) {
            ctx.counts.unchanged++;
            return;
        }
        String subject = staff.employeeNo() + " " + staff.name() + " / " + course.name();
        String incoming = org.kenshu.model.I18n.label(EnrollmentKind.NOMINATED) + " " + sessionLabel(session, course);
        if (!ctx.overwrite(row, Column.DATE, "enrollment:" + e.id(), subject, describe(e, course), incoming)) {
            ctx.counts.skipped++;
            return;
        }
        var wanted = new Enrollment(e.id(), e.courseId(), e.fiscalYear(), e.staffId(), session,
                EnrollmentKind.NOMINATED, e.status() == EnrollmentStatus.EXEMPT ? e.status() : EnrollmentStatus.ENROLLED,
                e.statusReason(), e.appliedOn(), e.importBatchId(), e.version());
        enrollments.put(ctx.journal.updating("enrollment", e.id(), () -> ctx.repos.enrollments.update(wanted)));
        ctx.counts.updated++;
    }

    private String describe(Enrollment e, Course course) {
        return org.kenshu.model.I18n.label(e.kind()) + " " + sessionLabel(e.sessionId(), course);
    }

    /** 「第2回 (R8.6.3)」 for messages. */
    private String sessionLabel(Long sessionId, Course course) {
        if (sessionId == null) {
            return "";
        }
        var held = sessions.sessionOf(sessionId, course.id());
        String first = held.days().isEmpty() ? "" : " (" + ctx.shortDate(held.days().getFirst().heldOn()) + ")";
        return org.kenshu.model.I18n.t("session.number", held.session().sessionNo()) + first;
    }

    @Override
    public void finish() {
    }
}

package org.kenshu.service.imports;

import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Staff;

/**
 * Keeps enrollments in step with attendance: someone who attended without a nomination becomes a
 * WALK_IN; a 免除 mark also makes the nomination EXEMPT.
 */
final class AttendanceEnrollments {
    private final ImportContext ctx;
    private final Enrollments enrollments;

    AttendanceEnrollments(ImportContext ctx, SessionFinder sessions) {
        this.ctx = ctx;
        this.enrollments = new Enrollments(ctx);
    }

    void ensure(ImportRow row, Staff staff, Course course, int fiscalYear, long sessionId, AttendanceMark mark) {
        var stored = enrollments.find(course.id(), fiscalYear, staff.id());
        if (stored.isEmpty()) {
            var status = mark == AttendanceMark.EXEMPT ? EnrollmentStatus.EXEMPT : EnrollmentStatus.ENROLLED;
            Enrollment e = ctx.repos.enrollments.insert(new Enrollment(0, course.id(), fiscalYear, staff.id(),
                    sessionId, EnrollmentKind.WALK_IN, status, null, null, ctx.batchId(), 0));
            enrollments.put(e);
            return;
        }
        Enrollment e = stored.get();
        if (mark == AttendanceMark.EXEMPT && e.status() != EnrollmentStatus.EXEMPT) {
            String reason = row.text(Column.NOTE);
            var exempt = new Enrollment(e.id(), e.courseId(), e.fiscalYear(), e.staffId(), e.sessionId(), e.kind(),
                    EnrollmentStatus.EXEMPT, reason != null ? reason : e.statusReason(), e.appliedOn(),
                    e.importBatchId(), e.version());
            ctx.journal.updating("enrollment", e.id(), () -> ctx.repos.enrollments.update(exempt));
            enrollments.put(ctx.repos.enrollments.get(e.id()));
        }
    }
}

package org.kenshu.service.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Staff;

/**
 * Keeps enrollments in step with attendance: someone who attended without a nomination becomes a
 * WALK_IN; a 免除 mark also makes the nomination EXEMPT. Both are collected and written in bulk
 * ({@link #finish}): a large attendance file can mean thousands of them, and one statement per row
 * was most of the import's time.
 */
final class AttendanceEnrollments {
    private static final int FLUSH_AT = 1000;
    private final ImportContext ctx;
    private final Enrollments enrollments;
    /** New walk-ins, not written yet (id 0), by course/fiscal year/staff. */
    private final Map<String, Enrollment> walkIns = new LinkedHashMap<>();
    /** Stored enrollments to make EXEMPT, by id, carrying the version they were read with. */
    private final Map<Long, Enrollment> exempted = new LinkedHashMap<>();

    AttendanceEnrollments(ImportContext ctx) {
        this.ctx = ctx;
        this.enrollments = new Enrollments(ctx);
    }

    void ensure(ImportRow row, Staff staff, Course course, int fiscalYear, long sessionId, AttendanceMark mark) {
        var stored = enrollments.find(course.id(), fiscalYear, staff.id());
        if (stored.isEmpty()) {
            var status = mark == AttendanceMark.EXEMPT ? EnrollmentStatus.EXEMPT : EnrollmentStatus.ENROLLED;
            Enrollment e = new Enrollment(0, course.id(), fiscalYear, staff.id(), sessionId, EnrollmentKind.WALK_IN,
                    status, status == EnrollmentStatus.EXEMPT ? row.verbatim(Column.NOTE) : null, null, ctx.batchId(), 0);
            enrollments.put(e);
            walkIns.put(key(e), e);
            return;
        }
        Enrollment e = stored.get();
        if (mark == AttendanceMark.EXEMPT && e.status() != EnrollmentStatus.EXEMPT) {
            String reason = row.verbatim(Column.NOTE);
            var exempt = new Enrollment(e.id(), e.courseId(), e.fiscalYear(), e.staffId(), e.sessionId(), e.kind(),
                    EnrollmentStatus.EXEMPT, reason != null ? reason : e.statusReason(), e.appliedOn(),
                    e.importBatchId(), e.version());
            enrollments.put(exempt);
            if (e.id() == 0) {
                walkIns.put(key(exempt), exempt); // a walk-in of this import: written at the end, as it ends up
            } else {
                exempted.put(e.id(), exempt);
                if (exempted.size() >= FLUSH_AT) {
                    flushExempted();
                }
            }
        }
    }

    private static String key(Enrollment e) {
        return e.courseId() + "/" + e.fiscalYear() + "/" + e.staffId();
    }

    /**
     * After the last row: writes the walk-ins, each once and with the status it ended with (they
     * carry the batch id, and undo deletes them by it; an update of a row inserted by the same batch
     * would make undo refuse), and the exemptions still pending.
     */
    void finish() {
        if (!ctx.options.dryRun()) {
            ctx.repos.enrollments.insertAll(new ArrayList<>(walkIns.values()));
        }
        walkIns.clear();
        flushExempted();
    }

    /** Nominations made EXEMPT, journalled with their before-state. */
    private void flushExempted() {
        if (!ctx.options.dryRun()) {
            List<Enrollment> changed = new ArrayList<>(exempted.values());
            ctx.journal.updatingAll("enrollment", changed, () -> ctx.repos.enrollments.updateStatuses(changed));
        }
        exempted.clear();
    }
}

package org.kenshu.service;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.Assignment;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Designation;
import org.kenshu.model.Enrollment;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;

/** Everything the staff detail panel shows about one staff member, names resolved. */
public record StaffDetail(Staff staff, List<AssignmentLine> assignments, List<StaffAbsence> absences,
        List<DesignationLine> designations, List<TrainingLine> training, List<NominationLine> nominations) {

    /** How an assignment differs from the one before it. */
    public enum Change {
        FIRST,
        TRANSFER,
        PROMOTION,
        TRANSFER_AND_PROMOTION,
        OTHER
    }

    /** One row of the assignment history (oldest first) with names as of now. */
    public record AssignmentLine(Assignment assignment, String department, String tier, String jobCategory,
            Change change) {
    }

    public record DesignationLine(Designation designation, String role) {
    }

    /** Attendance at one session: the days marked, how many there were, and whether it counts as completed. */
    public record TrainingLine(int fiscalYear, String course, String courseType, int sessionNo, List<LocalDate> days,
            List<AttendanceMark> marks, int dayCount, boolean completed) {
    }

    /** A nomination or application, with the session's first day when one is assigned. */
    public record NominationLine(Enrollment enrollment, String course, Integer sessionNo, LocalDate firstDay) {
    }
}

package org.kenshu.service.targets;

import org.kenshu.model.EnrollmentStatus;

/**
 * One person a course's target rule selects, with the reason (「主任級・採用7年目・R8.4.1 昇任（新任）」) and
 * where their enrollment for the course and year stands ({@code enrollment} null = not nominated yet;
 * {@code sessionId} the session they are in, if any).
 */
public record Target(long staffId, String employeeNo, String name, Long departmentId, String department,
        Long tierId, String tier, String reason, EnrollmentStatus enrollment, Long sessionId) {

    public boolean enrolled() {
        return enrollment != null;
    }
}

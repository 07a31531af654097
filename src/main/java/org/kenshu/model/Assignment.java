package org.kenshu.model;

import java.time.LocalDate;

/** 配置履歴: from {@code validFrom} the staff member belongs to this department, tier and job category. */
public record Assignment(long id, long staffId, LocalDate validFrom, Long departmentId, Long tierId,
        Long jobCategoryId, Integer salaryGrade, String positionTitle, LocalDate promotedOn, int version)
        implements Versioned {

    public static Assignment of(long staffId, LocalDate validFrom, Long departmentId, Long tierId, Long jobCategoryId) {
        return new Assignment(0, staffId, validFrom, departmentId, tierId, jobCategoryId, null, null, null, 0);
    }
}

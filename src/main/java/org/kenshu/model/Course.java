package org.kenshu.model;

import java.math.BigDecimal;
import java.util.Set;

/** 研修 (科目): what is taught, by whom, for whom; held as one or more sessions each year. */
public record Course(long id, String code, String name, long courseTypeId, Long providerId, DeliveryFormat format,
        BigDecimal days, BigDecimal hours, Integer defaultCapacity, Integer costPerHead, EnrollmentMode mode,
        String description, TargetRule target, Set<Long> competencyIds, boolean retired, int version)
        implements Versioned {

    public Course {
        competencyIds = competencyIds == null ? Set.of() : Set.copyOf(competencyIds);
        target = target == null ? TargetRule.none() : target;
    }

    public static Course of(String name, long courseTypeId) {
        return new Course(0, null, name, courseTypeId, null, DeliveryFormat.CLASSROOM, null, null, null, null,
                EnrollmentMode.NOMINATION, null, TargetRule.none(), Set.of(), false, 0);
    }
}

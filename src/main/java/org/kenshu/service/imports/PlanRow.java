package org.kenshu.service.imports;

import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.CourseType;
import org.kenshu.model.Tier;

/** A plan row after checking. {@code targets} null when the cell was blank. */
record PlanRow(ImportRow row, int fiscalYear, String course, int sessionNo, CourseType type, List<Tier> targets,
        List<LocalDate> days, String venue, String instructor, Integer capacity, String provider) {
}

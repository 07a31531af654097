package org.kenshu.ui.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.CourseType;
import org.kenshu.service.CourseEntry;
import org.kenshu.service.SessionEntry;
import org.kenshu.service.plan.checks.PlanWarning;

/** Everything the plan page shows for one fiscal year, read in one background task. */
record PlanData(int fiscalYear, Optional<AnnualPlan> plan, List<SessionEntry> sessions, List<CourseType> types,
        Map<LocalDate, String> holidays, List<PlanWarning> warnings, List<CourseEntry> courses) {
}

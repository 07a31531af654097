package org.kenshu.service.plan.checks;

import java.util.List;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;

/**
 * A session with more people enrolled than its capacity, and a session not yet held whose application
 * deadline has passed with fewer applicants than the organisation's minimum session size.
 */
final class SizeChecks implements PlanCheck {
    @Override
    public void run(PlanSnapshot plan, List<PlanWarning> out) {
        for (CheckedSession s : plan.sessions()) {
            if (!s.planned()) {
                continue;
            }
            long id = s.session().id();
            long enrolled = plan.enrollments(id).stream().filter(e -> e.status() == EnrollmentStatus.ENROLLED).count();
            Integer capacity = s.session().capacity();
            if (capacity != null && enrolled > capacity) {
                out.add(s.warn(PlanWarningKind.OVER_CAPACITY, s.firstDay(), I18n.t("check.overCapacity", capacity,
                        enrolled, enrolled - capacity), null));
            }
            var deadline = s.session().applicationDeadline();
            boolean notYetHeld = s.firstDay() == null || !s.firstDay().isBefore(plan.today());
            if (deadline != null && deadline.isBefore(plan.today()) && notYetHeld) {
                long applicants = plan.enrollments(id).stream().filter(e -> e.status() == EnrollmentStatus.ENROLLED
                        || e.status() == EnrollmentStatus.WAITLISTED).count();
                if (applicants < plan.minimumSize()) {
                    out.add(s.warn(PlanWarningKind.TOO_FEW_APPLICANTS, s.firstDay(), I18n.t("check.tooFew",
                            Wareki.shortDate(deadline, plan.era()), applicants, plan.minimumSize()), null));
                }
            }
        }
    }
}

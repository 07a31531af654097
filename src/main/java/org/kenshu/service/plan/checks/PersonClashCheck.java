package org.kenshu.service.plan.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;

/** A nominated person in two sessions that are held at the same time. */
final class PersonClashCheck implements PlanCheck {
    private static final int NAMES_SHOWN = 3;

    @Override
    public void run(PlanSnapshot plan, List<PlanWarning> out) {
        for (var pair : ClashChecks.sameDayPairs(plan.sessions())) {
            if (!CheckedSession.overlap(pair.a().dayOn(pair.date()), pair.b().dayOn(pair.date()))) {
                continue;
            }
            Set<Long> inB = enrolled(plan, pair.b().session().id());
            List<Long> both = enrolled(plan, pair.a().session().id()).stream().filter(inB::contains).sorted().toList();
            if (both.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            both.stream().limit(NAMES_SHOWN).forEach(id -> names.add(plan.staffNames().getOrDefault(id, "?")));
            String people = both.size() <= NAMES_SHOWN ? I18n.t("check.people", String.join("、", names))
                    : I18n.t("check.peopleMore", String.join("、", names), both.size() - NAMES_SHOWN);
            out.add(pair.a().warn(PlanWarningKind.PERSON_CLASH, pair.date(), I18n.t("check.person", people,
                    Wareki.monthDayWithWeekday(pair.date()), ClashChecks.label(pair.b())), pair.b().session().id()));
        }
    }

    private static Set<Long> enrolled(PlanSnapshot plan, long sessionId) {
        return plan.enrollments(sessionId).stream().filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                .map(Enrollment::staffId).collect(Collectors.toSet());
    }
}

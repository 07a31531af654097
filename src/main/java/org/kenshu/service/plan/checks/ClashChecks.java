package org.kenshu.service.plan.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kenshu.model.I18n;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Wareki;

/**
 * Two sessions in one venue at once (same day, venue names compared without spaces and width
 * differences, times when both are known), and an instructor in two places on one day.
 */
final class ClashChecks implements PlanCheck {
    @Override
    public void run(PlanSnapshot plan, List<PlanWarning> out) {
        for (var pair : sameDayPairs(plan.sessions())) {
            CheckedSession a = pair.a();
            CheckedSession b = pair.b();
            LocalDate date = pair.date();
            String day = Wareki.monthDayWithWeekday(date);
            if (a.venueKey() != null && a.venueKey().equals(b.venueKey())
                    && CheckedSession.overlap(a.dayOn(date), b.dayOn(date))) {
                out.add(a.warn(PlanWarningKind.VENUE_CLASH, date, I18n.t("check.venue", a.session().venue(), day,
                        label(b)), b.session().id()));
            }
            if (a.instructorKey() != null && a.instructorKey().equals(b.instructorKey())
                    && !Objects.equals(a.venueKey(), b.venueKey())) {
                out.add(a.warn(PlanWarningKind.INSTRUCTOR_CLASH, date, I18n.t("check.instructor", a.instructorName(),
                        day, label(b), b.session().venue() == null ? "" : b.session().venue()), b.session().id()));
            }
        }
    }

    static String label(CheckedSession s) {
        return I18n.t("check.sessionLabel", s.course(), s.session().sessionNo());
    }

    record Pair(CheckedSession a, CheckedSession b, LocalDate date) {
    }

    /** Every pair of in-person sessions sharing a date, earlier session first, each pair once per date. */
    static List<Pair> sameDayPairs(List<CheckedSession> sessions) {
        Map<LocalDate, List<CheckedSession>> byDate = new TreeMap<>();
        for (CheckedSession s : sessions) {
            if (s.inPerson()) {
                s.days().stream().map(SessionDay::heldOn).distinct()
                        .forEach(d -> byDate.computeIfAbsent(d, k -> new ArrayList<>()).add(s));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        byDate.forEach((date, list) -> {
            list.sort(java.util.Comparator.comparing((CheckedSession s) -> s.session().id()));
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    pairs.add(new Pair(list.get(i), list.get(j), date));
                }
            }
        });
        return pairs;
    }
}

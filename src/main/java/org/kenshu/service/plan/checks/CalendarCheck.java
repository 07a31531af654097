package org.kenshu.service.plan.checks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.kenshu.model.I18n;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Wareki;

/** A session day on a weekend, a national holiday or in the year-end closure. Periods (e-learning) are not days in a room. */
final class CalendarCheck implements PlanCheck {
    @Override
    public void run(PlanSnapshot plan, List<PlanWarning> out) {
        for (CheckedSession s : plan.sessions()) {
            if (!s.inPerson()) {
                continue;
            }
            for (SessionDay d : s.days()) {
                LocalDate date = d.heldOn();
                String day = Wareki.monthDayWithWeekday(date);
                DayOfWeek dow = date.getDayOfWeek();
                if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                    out.add(s.warn(PlanWarningKind.WEEKEND, date, I18n.t("check.weekend", day,
                            dow.getDisplayName(java.time.format.TextStyle.FULL, I18n.locale())), null));
                }
                String holiday = plan.holidays().get(date);
                if (holiday != null) {
                    out.add(s.warn(PlanWarningKind.HOLIDAY, date, I18n.t("check.holiday", day, holiday), null));
                }
                if (plan.closure().contains(date)) {
                    out.add(s.warn(PlanWarningKind.YEAR_END_CLOSURE, date, I18n.t("check.closure", day,
                            monthDay(plan.closure().start()), monthDay(plan.closure().end())), null));
                }
            }
        }
    }

    private static String monthDay(java.time.MonthDay md) {
        return md.getMonthValue() + "月" + md.getDayOfMonth() + "日";
    }
}

package org.kenshu.ui.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.SessionEntry;

/** A line of the session list: a group heading (a month, or a course) or a session. */
public record PlanListRow(String heading, SessionEntry session) {

    /** How the list is grouped. */
    public enum Grouping {
        MONTH,
        COURSE
    }

    public boolean isHeading() {
        return session == null;
    }

    /** Sessions under month headings (4月 … 3月, undated last) or course headings (in catalog order). */
    static List<PlanListRow> build(List<SessionEntry> sessions, Grouping grouping, List<Long> courseOrder,
            EraDisplay era) {
        Map<String, List<SessionEntry>> groups = new LinkedHashMap<>();
        List<SessionEntry> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing(SessionEntry::firstDay, Comparator.nullsLast(Comparator.naturalOrder())));
        if (grouping == Grouping.COURSE) {
            ordered.sort(Comparator.comparingInt(s -> {
                int i = courseOrder.indexOf(s.courseId());
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
        }
        for (SessionEntry s : ordered) {
            groups.computeIfAbsent(key(s, grouping, era), k -> new ArrayList<>()).add(s);
        }
        if (grouping == Grouping.COURSE) {
            groups.values().forEach(l -> l.sort(Comparator.comparingInt(SessionEntry::sessionNo)));
        }
        List<PlanListRow> rows = new ArrayList<>();
        groups.forEach((heading, list) -> {
            rows.add(new PlanListRow(I18n.t("planList.heading", heading, list.size()), null));
            list.forEach(s -> rows.add(new PlanListRow(null, s)));
        });
        return rows;
    }

    private static String key(SessionEntry s, Grouping grouping, EraDisplay era) {
        if (grouping == Grouping.COURSE) {
            return s.course();
        }
        if (s.firstDay() == null) {
            return I18n.t("planList.undated");
        }
        YearMonth ym = YearMonth.from(s.firstDay());
        String year = era == EraDisplay.WESTERN ? Integer.toString(ym.getYear())
                : Wareki.eraName(ym.atDay(1)) + Wareki.eraYear(ym.atDay(1));
        return I18n.t("planList.month", ym.getMonthValue(), year);
    }
}

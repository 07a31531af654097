package org.kenshu.service.reports;

import java.util.List;
import java.util.Map;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.I18n;

/** A person's marks for a session: 「出席」 for one day, 「出・出・欠」 day by day for several, blank when none yet. */
final class MarkText {
    private MarkText() {
    }

    static String of(List<Long> dayIds, Map<Long, AttendanceMark> marks) {
        if (marks.isEmpty()) {
            return "";
        }
        if (dayIds.size() <= 1) {
            return I18n.label(marks.values().iterator().next());
        }
        StringBuilder text = new StringBuilder();
        for (Long day : dayIds) {
            if (!text.isEmpty()) {
                text.append('・');
            }
            AttendanceMark m = marks.get(day);
            text.append(m == null ? I18n.t("report.mark.none") : I18n.t("report.mark." + m.name()));
        }
        return text.toString();
    }
}

package org.kenshu.service.reports;

import org.kenshu.model.AttendanceMark;
import org.kenshu.model.I18n;
import org.kenshu.service.CompletionRule;

/** A person's marks for a session: 「出席」 for one day, 「出・出・欠」 day by day for several, blank when none yet. */
final class MarkText {
    private MarkText() {
    }

    static String of(AttendanceMark[] marks) {
        if (marks == null) {
            return "";
        }
        if (marks.length == 1) {
            return I18n.label(marks[0]);
        }
        StringBuilder text = new StringBuilder();
        for (AttendanceMark m : marks) {
            if (!text.isEmpty()) {
                text.append('・');
            }
            text.append(m == null ? I18n.t("report.mark.none") : I18n.t("report.mark." + m.name()));
        }
        return text.toString();
    }

    /** Completed: a mark for every day, each counting as attended. */
    static boolean completed(CompletionRule rule, AttendanceMark[] marks) {
        if (marks == null || marks.length == 0) {
            return false;
        }
        for (AttendanceMark m : marks) {
            if (m == null || !rule.attended(m)) {
                return false;
            }
        }
        return true;
    }
}

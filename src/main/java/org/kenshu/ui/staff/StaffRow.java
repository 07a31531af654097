package org.kenshu.ui.staff;

import org.kenshu.model.I18n;
import org.kenshu.service.RosterEntry;
import org.kenshu.service.imports.Text;

/**
 * A line of the staff table with its search keys worked out once, when the roster is read: with
 * 30,000 staff, normalising every row's text on every keystroke would be the slow part of filtering.
 */
public record StaffRow(RosterEntry entry, String key, String kanaKey) {

    public static StaffRow of(RosterEntry e) {
        String key = Text.key(e.employeeNo() + " " + e.name() + " " + nullToEmpty(e.kana()) + " " + e.department()
                + " " + e.tier() + " " + e.jobCategory() + " " + I18n.label(e.status()));
        return new StaffRow(e, key, Text.kanaKey(nullToEmpty(e.kana())));
    }

    public long staffId() {
        return entry.staffId();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

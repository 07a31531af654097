package org.kenshu.service.reports;

import java.util.List;

/**
 * 研修経費: per course, the planned cost (capacity × cost per head) and the actual cost (attendees × cost
 * per head), against the plan's budget ({@code null} when none was entered).
 */
record BudgetReport(Long budget, List<Line> lines) {

    /** @param costPerHead null when the catalog names none; @param attendees people who attended at least one day */
    record Line(String type, String course, int sessions, int capacity, Integer costPerHead, int attendees) {

        long planned() {
            return costPerHead == null ? 0 : (long) capacity * costPerHead;
        }

        long actual() {
            return costPerHead == null ? 0 : (long) attendees * costPerHead;
        }
    }
}

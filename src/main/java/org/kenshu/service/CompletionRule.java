package org.kenshu.service;

import java.util.Collection;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Organisation;

/**
 * When a session counts as completed (DESIGN.md §5): every day of it attended with PRESENT, LATE
 * or LEFT_EARLY — the organisation may decide that late arrival or leaving early does not count.
 */
public record CompletionRule(boolean lateCounts, boolean leftEarlyCounts) {

    public static CompletionRule of(Organisation organisation) {
        return new CompletionRule(organisation.lateCountsAsAttended(), organisation.leftEarlyCountsAsAttended());
    }

    public boolean attended(AttendanceMark mark) {
        return switch (mark) {
            case PRESENT -> true;
            case LATE -> lateCounts;
            case LEFT_EARLY -> leftEarlyCounts;
            case ABSENT, EXEMPT -> false;
        };
    }

    /** Completed when there is a mark for each of {@code dayCount} days and every one counts as attended. */
    public boolean completed(Collection<AttendanceMark> marksPerDay, int dayCount) {
        return dayCount > 0 && marksPerDay.size() == dayCount && marksPerDay.stream().allMatch(this::attended);
    }
}

package org.kenshu.service.plan.checks;

import java.time.LocalDate;

/**
 * One thing the officer should look at: which session ({@code course} 第{@code sessionNo}回), on which day
 * (null when not about a day), and why, in one Japanese sentence. {@code otherSessionId} names the session
 * it clashes with, if any.
 */
public record PlanWarning(PlanWarningKind kind, long sessionId, String course, int sessionNo, LocalDate date,
        String message, Long otherSessionId) {
}

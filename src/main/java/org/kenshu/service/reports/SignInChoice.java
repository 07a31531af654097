package org.kenshu.service.reports;

import java.time.LocalDate;

/** A session a sign-in sheet can be made for: how pickers and {@code export signin --list} show it. */
public record SignInChoice(long sessionId, LocalDate firstDay, String course, int sessionNo, int sessionCount,
        String days, int nominated) {
}

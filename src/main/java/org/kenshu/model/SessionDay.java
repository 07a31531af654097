package org.kenshu.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** One day of a session (a two-day course has two). */
public record SessionDay(long id, long sessionId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, int version)
        implements Versioned {

    public static SessionDay of(long sessionId, LocalDate heldOn) {
        return new SessionDay(0, sessionId, heldOn, null, null, 0);
    }
}

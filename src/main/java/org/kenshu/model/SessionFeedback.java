package org.kenshu.model;

/** Anonymous satisfaction count: {@code respondents} people gave {@code rating} for a session. */
public record SessionFeedback(long id, long sessionId, int rating, int respondents, String source, int version)
        implements Versioned {
}

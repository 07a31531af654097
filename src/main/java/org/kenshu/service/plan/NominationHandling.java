package org.kenshu.service.plan;

/** What happens to a cancelled session's nominations: they stay with it, move to another session, or are cancelled. */
public enum NominationHandling {
    KEEP,
    MOVE,
    CANCEL
}

package org.kenshu.model;

/**
 * Where a goal stands in a fiscal year (decision 0016): achieved when the actual value reaches the
 * target; on track when it does not yet but the forecast (every remaining nominated person attends
 * the sessions still ahead) does; at risk otherwise, including when there is nothing to count yet.
 */
public enum GoalStatus {
    ACHIEVED("achieved"),
    ON_TRACK("on-track"),
    AT_RISK("at-risk");

    private final String code;

    GoalStatus(String code) {
        this.code = code;
    }

    /** The code the CLI prints: achieved, on-track, at-risk. */
    public String code() {
        return code;
    }
}

package org.kenshu.ui.plan.targets;

import java.util.List;
import org.kenshu.service.targets.Member;

/**
 * One list of the nominations board: a session, the waiting list, those not yet assigned, or those exempt,
 * declined or cancelled. People can be dropped on a session not cancelled and on the waiting list.
 */
public record BoardColumn(Kind kind, Long sessionId, int sessionNo, String title, String counts, boolean full,
        boolean held, List<Member> members) {

    public enum Kind {
        SESSION,
        WAITING,
        UNASSIGNED,
        EXCUSED,
        CANCELLED_SESSION
    }

    public BoardColumn {
        members = List.copyOf(members);
    }

    public boolean acceptsDrop() {
        return kind == Kind.SESSION || kind == Kind.WAITING;
    }

    /** A stable id for tests and look-ups: sessionList3, waitingList, unassignedList, excusedList. */
    public String nodeId() {
        return switch (kind) {
            case SESSION, CANCELLED_SESSION -> "sessionList" + sessionNo;
            case WAITING -> "waitingList";
            case UNASSIGNED -> "unassignedList";
            case EXCUSED -> "excusedList";
        };
    }
}

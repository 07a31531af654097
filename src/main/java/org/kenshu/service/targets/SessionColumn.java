package org.kenshu.service.targets;

import java.time.LocalDate;
import java.util.List;

/** One session of a course on the board: its days, capacity (null = no limit) and who is enrolled in it. */
public record SessionColumn(long sessionId, int sessionNo, List<LocalDate> days, LocalDate periodEnd,
        Integer capacity, boolean cancelled, List<Member> members) {

    public SessionColumn {
        days = List.copyOf(days);
        members = List.copyOf(members);
    }

    public boolean full() {
        return capacity != null && members.size() >= capacity;
    }
}

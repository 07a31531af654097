package org.kenshu.service.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.targets.People.GENERAL;
import static org.kenshu.service.targets.People.SHUJI;
import static org.kenshu.service.targets.People.SOUMU;
import static org.kenshu.service.targets.People.ZAIMU;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.service.targets.SessionAssigner.Candidate;
import org.kenshu.service.targets.SessionAssigner.Seated;

class SessionAssignerTest {
    static final LocalDate HIRED = LocalDate.of(2015, 4, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    final People people = new People();
    final List<SessionSlot> sessions = new ArrayList<>();
    final List<Seated> seated = new ArrayList<>();

    private SessionSlot session(int no, Integer capacity, LocalDate... days) {
        return session(no, capacity, SessionStatus.PLANNED, null, days);
    }

    private SessionSlot session(int no, Integer capacity, SessionStatus status, LocalDate periodEnd, LocalDate... days) {
        var s = new Session(1000 + no, 1, 1, no, null, null, null, capacity, null, periodEnd, status, null, 0);
        SessionSlot slot = new SessionSlot(s, Arrays.asList(days), capacity);
        sessions.add(slot);
        return slot;
    }

    private List<Long> hire(int count, long department) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(people.hire("職員" + department + "-" + i, HIRED, SHUJI, GENERAL, department));
        }
        return ids;
    }

    private List<Placement> assign(AssignStrategy strategy) {
        StaffFacts facts = people.facts();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            var s = facts.staff(i);
            candidates.add(new Candidate(s.id(), 0, s.id(), i, facts.first(i).departmentId()));
        }
        return new SessionAssigner(new Availability(facts, EraDisplay.JAPANESE), TODAY).assign(sessions, seated,
                candidates, strategy);
    }

    private static Map<Long, Long> perSession(List<Placement> placements) {
        return placements.stream().filter(p -> p.sessionId() != null)
                .collect(Collectors.groupingBy(Placement::sessionId, Collectors.counting()));
    }

    @Test
    void earliestFirstFillsSessionsInDateOrderAndTheRestWait() {
        session(2, 2, LocalDate.of(2026, 6, 2));
        session(1, 2, LocalDate.of(2026, 5, 12));
        hire(5, SOUMU);
        List<Placement> placed = assign(AssignStrategy.EARLIEST_FIRST);
        assertThat(placed).extracting(Placement::sessionId).containsExactly(1001L, 1001L, 1002L, 1002L, null);
        assertThat(placed.getLast().status()).isEqualTo(EnrollmentStatus.WAITLISTED);
    }

    @Test
    void cancelledSessionsAreSkippedAndSeatsAlreadyTakenCount() {
        session(1, 3, SessionStatus.CANCELLED, null, LocalDate.of(2026, 5, 12));
        session(2, 3, LocalDate.of(2026, 6, 2));
        seated.add(new Seated(1002, SOUMU));
        seated.add(new Seated(1002, SOUMU));
        hire(2, SOUMU);
        assertThat(assign(AssignStrategy.EARLIEST_FIRST)).extracting(Placement::sessionId).containsExactly(1002L, null);
    }

    @Test
    void aSessionAlreadyBegunIsNotOffered() {
        session(1, 10, TODAY.minusDays(1), TODAY);
        session(2, 10, TODAY);
        hire(1, SOUMU);
        assertThat(assign(AssignStrategy.EARLIEST_FIRST).getFirst().sessionId()).isEqualTo(1002L);
    }

    @Test
    void aSessionWithoutCapacityTakesEveryone() {
        session(1, null, LocalDate.of(2026, 5, 12));
        hire(40, SOUMU);
        assertThat(perSession(assign(AssignStrategy.EARLIEST_FIRST))).containsEntry(1001L, 40L);
    }

    @Test
    void spreadingSendsEachDepartmentToEverySession() {
        session(1, 10, LocalDate.of(2026, 5, 12));
        session(2, 10, LocalDate.of(2026, 6, 2));
        session(3, 10, LocalDate.of(2026, 7, 7));
        hire(6, SOUMU);
        hire(3, ZAIMU);
        List<Placement> placed = assign(AssignStrategy.SPREAD_DEPARTMENTS);
        assertThat(perSession(placed)).containsOnly(Map.entry(1001L, 3L), Map.entry(1002L, 3L), Map.entry(1003L, 3L));
        Map<Long, Long> zaimu = perSession(placed.subList(6, 9));
        assertThat(zaimu).containsOnly(Map.entry(1001L, 1L), Map.entry(1002L, 1L), Map.entry(1003L, 1L));
        assertThat(perSession(assign(AssignStrategy.EARLIEST_FIRST))).containsOnly(Map.entry(1001L, 9L));
    }

    @Test
    void someoneOnLeaveOnEverySessionDateIsProposedExemptWithTheReason() {
        session(1, 10, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13));
        long onLeave = hire(1, SOUMU).getFirst();
        people.away(onLeave, AbsenceKind.CHILDCARE_LEAVE, LocalDate.of(2026, 5, 13), LocalDate.of(2027, 3, 31));
        Placement p = assign(AssignStrategy.EARLIEST_FIRST).getFirst();
        assertThat(p.status()).isEqualTo(EnrollmentStatus.EXEMPT);
        assertThat(p.reason()).isEqualTo("育休中（R8.5.13）");
        assertThat(p.sessionId()).isNull();
    }

    @Test
    void someoneOnLeaveOnOneSessionDateGoesToAnotherSession() {
        session(1, 10, LocalDate.of(2026, 5, 12));
        session(2, 10, LocalDate.of(2026, 10, 6));
        long back = hire(1, SOUMU).getFirst();
        people.away(back, AbsenceKind.SICK_LEAVE, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 8, 31));
        assertThat(assign(AssignStrategy.EARLIEST_FIRST).getFirst().sessionId()).isEqualTo(1002L);
    }

    @Test
    void leaveDuringPartOfAnELearningPeriodStillLeavesDaysToTakeIt() {
        session(1, 100, SessionStatus.PLANNED, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1));
        List<Long> two = hire(2, SOUMU);
        people.away(two.get(0), AbsenceKind.SICK_LEAVE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20));
        people.away(two.get(1), AbsenceKind.LEAVE_OF_ABSENCE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31));
        List<Placement> placed = assign(AssignStrategy.EARLIEST_FIRST);
        assertThat(placed.get(0).sessionId()).isEqualTo(1001L);
        assertThat(placed.get(1).status()).isEqualTo(EnrollmentStatus.EXEMPT);
        assertThat(placed.get(1).reason()).isEqualTo("休職中（R8.6.1）");
    }

    @Test
    void someoneWhoLeavesBeforeEverySessionIsProposedCancelled() {
        session(1, 10, LocalDate.of(2026, 5, 12));
        long leaving = hire(1, SOUMU).getFirst();
        people.leave(leaving, LocalDate.of(2026, 4, 30));
        Placement p = assign(AssignStrategy.SPREAD_DEPARTMENTS).getFirst();
        assertThat(p.status()).isEqualTo(EnrollmentStatus.CANCELLED);
        assertThat(p.reason()).isEqualTo("退職（R8.4.30）");
    }

    @Test
    void withoutAnySessionNobodyIsMoved() {
        session(1, 10, SessionStatus.CANCELLED, null, LocalDate.of(2026, 5, 12));
        hire(1, SOUMU);
        Placement p = assign(AssignStrategy.EARLIEST_FIRST).getFirst();
        assertThat(p.status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(p.sessionId()).isNull();
    }
}

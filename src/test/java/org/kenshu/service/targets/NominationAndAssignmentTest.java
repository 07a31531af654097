package org.kenshu.service.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Progress;
import org.kenshu.model.StaleEditException;

class NominationAndAssignmentTest {
    @TempDir
    Path dir;
    SmallCity city;

    @BeforeEach
    void open() {
        city = new SmallCity(dir);
    }

    @AfterEach
    void close() {
        city.close();
    }

    private TargetList targets() {
        return city.targets.targets(2026, city.course, null, Progress.NONE);
    }

    private Enrollment enrollmentOf(long staffId) {
        return city.repos.enrollments.find(city.course, 2026, staffId).orElseThrow();
    }

    @Test
    void nominatingAddsOnlyTheTargetsNotEnrolledAndLeavesExistingEnrollmentsAlone() {
        long a = city.promoted("青木 一郎", SmallCity.APRIL, city.soumu);
        long b = city.promoted("井上 花子", SmallCity.APRIL, city.zaimu);
        city.promoted("上田 昔子", LocalDate.of(2024, 4, 1), city.soumu);
        Enrollment declined = city.repos.enrollments.insert(new Enrollment(0, city.course, 2026, b, null,
                EnrollmentKind.NOMINATED, EnrollmentStatus.DECLINED, "本人希望", null, null, 0));
        TargetList list = targets();
        assertThat(list.courses().getFirst().targets()).extracting(Target::name).containsExactly("青木 一郎", "井上 花子");
        assertThat(list.courses().getFirst().targets().get(1).enrollment()).isEqualTo(EnrollmentStatus.DECLINED);

        Nominations made = city.targets.nominate(list);
        assertThat(made.count()).isEqualTo(1);
        assertThat(enrollmentOf(a).kind()).isEqualTo(EnrollmentKind.NOMINATED);
        assertThat(enrollmentOf(a).sessionId()).isNull();
        assertThat(enrollmentOf(b)).isEqualTo(declined);
        assertThat(city.repos.audit.latest(1).getFirst().action()).isEqualTo("NOMINATE");
        assertThat(city.targets.nominate(targets()).count()).isZero();
    }

    @Test
    void withdrawingRemovesExactlyTheNewNominationsAndRefusesOnceOneWasChanged() {
        long a = city.promoted("青木 一郎", SmallCity.APRIL, city.soumu);
        long b = city.promoted("井上 花子", SmallCity.APRIL, city.zaimu);
        Nominations made = city.targets.nominate(targets());
        city.targets.withdraw(made);
        assertThat(city.repos.enrollments.findByCourse(city.course, 2026)).isEmpty();

        Nominations again = city.targets.nominate(targets());
        Enrollment e = enrollmentOf(a);
        city.repos.enrollments.update(AssignmentService.with(e, city.first, EnrollmentStatus.ENROLLED, null));
        assertThatThrownBy(() -> city.targets.withdraw(again)).isInstanceOf(IllegalStateException.class);
        assertThat(city.repos.enrollments.find(city.course, 2026, b)).isPresent();
    }

    @Test
    void assigningFillsSessionsProposesLeaveAsExemptAndUndoPutsEverythingBack() {
        for (String name : List.of("青木 一郎", "井上 花子", "上田 三郎", "江藤 四郎", "小川 五子")) {
            city.promoted(name, SmallCity.APRIL, city.soumu);
        }
        long onLeave = city.promoted("加藤 育子", SmallCity.APRIL, city.zaimu);
        city.away(onLeave, AbsenceKind.CHILDCARE_LEAVE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31));
        city.targets.nominate(targets());
        Proposal proposal = city.assignments.propose(2026, city.course, AssignStrategy.EARLIEST_FIRST, null);
        assertThat(proposal.seatedIn(city.first)).isEqualTo(2);
        assertThat(proposal.seatedIn(city.second)).isEqualTo(2);
        assertThat(proposal.count(EnrollmentStatus.WAITLISTED)).isEqualTo(1);
        assertThat(proposal.count(EnrollmentStatus.EXEMPT)).isEqualTo(1);

        EnrollmentChanges changes = city.assignments.assign(proposal, "割り振り");
        assertThat(changes.changes()).hasSize(6);
        assertThat(enrollmentOf(onLeave).status()).isEqualTo(EnrollmentStatus.EXEMPT);
        assertThat(enrollmentOf(onLeave).statusReason()).isEqualTo("育休中（R8.5.12）");
        CourseBoard board = city.assignments.board(2026, city.course);
        assertThat(board.sessions()).extracting(s -> s.members().size()).containsExactly(2, 2);
        assertThat(board.waiting()).hasSize(1);
        assertThat(board.excused()).extracting(Member::name).containsExactly("加藤 育子");

        city.assignments.restore(changes);
        assertThat(city.repos.enrollments.findByCourse(city.course, 2026))
                .allSatisfy(e -> assertThat(e.sessionId()).isNull())
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EnrollmentStatus.ENROLLED));
    }

    @Test
    void aProposalWrittenAfterSomeoneElseChangedAnEnrollmentIsRefusedWhole() {
        long a = city.promoted("青木 一郎", SmallCity.APRIL, city.soumu);
        city.promoted("井上 花子", SmallCity.APRIL, city.soumu);
        city.targets.nominate(targets());
        Proposal proposal = city.assignments.propose(2026, city.course, AssignStrategy.SPREAD_DEPARTMENTS, null);
        Enrollment e = enrollmentOf(a);
        city.repos.enrollments.update(AssignmentService.with(e, null, EnrollmentStatus.DECLINED, "辞退"));
        assertThatThrownBy(() -> city.assignments.assign(proposal, "割り振り")).isInstanceOf(StaleEditException.class);
        assertThat(city.repos.enrollments.findByCourse(city.course, 2026)).allMatch(x -> x.sessionId() == null);
    }

    @Test
    void spreadingPutsTwoPeopleOfOneSectionOnDifferentDays() {
        long a = city.promoted("青木 一郎", SmallCity.APRIL, city.soumu);
        long b = city.promoted("井上 花子", SmallCity.APRIL, city.soumu);
        city.targets.nominate(targets());
        city.assignments.assign(city.assignments.propose(2026, city.course, AssignStrategy.SPREAD_DEPARTMENTS, null),
                "割り振り");
        assertThat(List.of(enrollmentOf(a).sessionId(), enrollmentOf(b).sessionId()))
                .containsExactlyInAnyOrder(city.first, city.second);
    }

    @Test
    void movingAPersonToAnotherSessionCanBeUndone() {
        long a = city.promoted("青木 一郎", SmallCity.APRIL, city.soumu);
        city.targets.nominate(targets());
        city.assignments.assign(city.assignments.propose(2026, city.course, AssignStrategy.EARLIEST_FIRST, null), "x");
        Enrollment before = enrollmentOf(a);
        EnrollmentChanges moved = city.assignments.move(before.id(), before.version(), city.second, "移動");
        assertThat(enrollmentOf(a).sessionId()).isEqualTo(city.second);
        city.assignments.restore(moved);
        assertThat(enrollmentOf(a).sessionId()).isEqualTo(city.first);
        assertThatThrownBy(() -> city.assignments.move(before.id(), before.version(), city.second, "古い版"))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aDeclineGivesTheSeatToTheFirstOnTheWaitingList() {
        for (String name : List.of("青木 一郎", "井上 花子", "上田 三郎", "江藤 四郎", "小川 五子")) {
            city.promoted(name, SmallCity.APRIL, city.soumu);
        }
        city.targets.nominate(targets());
        city.assignments.assign(city.assignments.propose(2026, city.course, AssignStrategy.EARLIEST_FIRST, null), "x");
        CourseBoard board = city.assignments.board(2026, city.course);
        Member leaving = board.sessions().getFirst().members().getFirst();
        Member waiting = board.waiting().getFirst();
        EnrollmentChanges declined = city.assignments.decline(leaving.enrollmentId(), leaving.version(), "業務都合",
                "辞退");
        assertThat(declined.changes()).hasSize(2);
        CourseBoard after = city.assignments.board(2026, city.course);
        assertThat(after.sessions().getFirst().members()).extracting(Member::name).contains(waiting.name());
        assertThat(after.waiting()).isEmpty();
        assertThat(after.excused()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(EnrollmentStatus.DECLINED);
            assertThat(m.reason()).isEqualTo("業務都合");
        });
    }

    @Test
    void applicantsAreAcceptedInApplicationOrderUpToCapacityAndTheRestWait() {
        long late = city.promoted("遅い 申込", SmallCity.APRIL, city.soumu);
        long early = city.promoted("早い 申込", SmallCity.APRIL, city.soumu);
        long middle = city.promoted("中間 申込", SmallCity.APRIL, city.zaimu);
        city.targets.recordApplications(2026, city.applied, List.of(late), LocalDate.of(2026, 5, 20));
        city.targets.recordApplications(2026, city.applied, List.of(early, late), LocalDate.of(2026, 5, 1));
        city.targets.recordApplications(2026, city.applied, List.of(middle), LocalDate.of(2026, 5, 10));
        Proposal accept = city.assignments.propose(2026, city.applied, AssignStrategy.EARLIEST_FIRST, null);
        city.assignments.assign(accept, "受付");
        var status = (java.util.function.LongFunction<EnrollmentStatus>) id -> city.repos.enrollments
                .find(city.applied, 2026, id).orElseThrow().status();
        assertThat(status.apply(early)).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(status.apply(middle)).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(status.apply(late)).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(city.repos.enrollments.find(city.applied, 2026, late).orElseThrow().kind())
                .isEqualTo(EnrollmentKind.APPLIED);
    }

    @Test
    void aManualOrderComesBeforeTheApplicationDate() {
        long late = city.promoted("遅い 申込", SmallCity.APRIL, city.soumu);
        long early = city.promoted("早い 申込", SmallCity.APRIL, city.soumu);
        long middle = city.promoted("中間 申込", SmallCity.APRIL, city.zaimu);
        city.targets.recordApplications(2026, city.applied, List.of(early), LocalDate.of(2026, 5, 1));
        city.targets.recordApplications(2026, city.applied, List.of(middle), LocalDate.of(2026, 5, 10));
        city.targets.recordApplications(2026, city.applied, List.of(late), LocalDate.of(2026, 5, 20));
        long lateId = city.repos.enrollments.find(city.applied, 2026, late).orElseThrow().id();
        Proposal accept = city.assignments.propose(2026, city.applied, AssignStrategy.EARLIEST_FIRST, List.of(lateId));
        assertThat(accept.placements()).extracting(Placement::staffId, Placement::status).containsExactly(
                tuple(late, EnrollmentStatus.ENROLLED),
                tuple(early, EnrollmentStatus.ENROLLED),
                tuple(middle, EnrollmentStatus.WAITLISTED));
    }

    @Test
    void aWholePlanRunLeavesOutApplicationCoursesAndNamesThem() {
        city.promoted("青木 一郎", SmallCity.APRIL, city.soumu);
        TargetList all = city.targets.targets(2026, null, null, Progress.NONE);
        assertThat(all.courses()).extracting(CourseTargets::course).containsExactly("新任主任研修");
        assertThat(all.skipped()).containsExactly("政策形成研修");
        assertThat(all.courses().getFirst().capacity().capacity()).isEqualTo(4);
    }
}

package org.kenshu.ui.plan.targets;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.StaleEditException;
import org.kenshu.service.targets.AssignStrategy;
import org.kenshu.service.targets.CourseBoard;
import org.kenshu.service.targets.EnrollmentChanges;
import org.kenshu.service.targets.Member;
import org.kenshu.service.targets.Placement;
import org.kenshu.service.targets.PlannedCourse;
import org.kenshu.service.targets.Proposal;
import org.kenshu.ui.common.BackgroundWork;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.ConflictField;

/**
 * What the officer does on the board of sessions: 回に割り振る (a proposal shown, then written), 別の回へ移す
 * (menu or drag), and 辞退 (the freed seat goes to the first who waits). Each write is one undo step.
 */
public final class BoardActions {
    private final NominationsPaneViewModel vm;

    BoardActions(NominationsPaneViewModel vm) {
        this.vm = vm;
    }

    void reload() {
        PlannedCourse c = vm.courseProperty().get();
        int year = vm.state.fiscalYear();
        if (c == null) {
            vm.showBoard(CourseBoard.empty(year));
            return;
        }
        vm.tasks.run(I18n.t("task.loadingPlan"), p -> vm.assignments.board(year, c.id()), vm::showBoard);
    }

    /** 回に割り振る: proposes places for the waiting and unassigned, shows the result, and writes it when agreed. */
    public void assign() {
        PlannedCourse c = vm.courseProperty().get();
        CourseBoard board = vm.shownBoard();
        if (c == null || board == null) {
            return;
        }
        AssignStrategy strategy = vm.strategyProperty().get();
        int year = vm.state.fiscalYear();
        vm.tasks.run(I18n.t("nominations.task.assigning"), p -> vm.assignments.propose(year, c.id(), strategy, null),
                proposal -> confirmAndWrite(c, board, proposal));
    }

    private void confirmAndWrite(PlannedCourse c, CourseBoard board, Proposal proposal) {
        Map<Long, Member> now = members(board);
        List<Placement> changed = proposal.placements().stream().filter(p -> differs(now.get(p.enrollmentId()), p))
                .toList();
        if (changed.isEmpty()) {
            vm.dialogs.notify(I18n.t("nominations.nothingToAssign"));
            return;
        }
        Proposal effective = new Proposal(proposal.fiscalYear(), proposal.courseId(), proposal.strategy(), changed);
        String summary = NominationTexts.proposal(effective, board);
        if (!vm.dialogs.confirm(I18n.t("nominations.assign"), I18n.t("nominations.confirmAssign", c.name(),
                I18n.label(proposal.strategy()), summary))) {
            return;
        }
        String label = I18n.t("nominations.undoAssign", c.name());
        write(I18n.t("nominations.task.assigning"), p -> vm.assignments.assign(effective, label));
    }

    private static boolean differs(Member m, Placement p) {
        return m == null || m.status() != p.status() || !Objects.equals(m.sessionId(), p.sessionId());
    }

    /** 別の回へ移す: asks which session (or the waiting list), then moves. */
    public void moveToOtherSession(Member m) {
        if (m == null) {
            vm.dialogs.notify(I18n.t("nominations.selectPerson"));
            return;
        }
        // Sessions still to come first (the dialog preselects the first option), the waiting list, then held ones.
        List<BoardColumn> targets = vm.columns().stream().filter(BoardColumn::acceptsDrop)
                .filter(col -> !isCurrent(col, m)).sorted(Comparator.comparingInt(BoardActions::moveOrder)).toList();
        vm.dialogs.choose(I18n.t("nominations.move"), I18n.t("nominations.moveWhere", m.name()), targets,
                col -> col.title() + "（" + col.counts() + "）").ifPresent(col -> moveTo(m, col));
    }

    private static int moveOrder(BoardColumn col) {
        return col.held() ? 2 : col.kind() == BoardColumn.Kind.WAITING ? 1 : 0;
    }

    /** The column a person is in now: their session, or the waiting list. */
    private static boolean isCurrent(BoardColumn col, Member m) {
        return switch (col.kind()) {
            case SESSION, CANCELLED_SESSION -> m.status() == EnrollmentStatus.ENROLLED
                    && Objects.equals(col.sessionId(), m.sessionId());
            case WAITING -> m.status() == EnrollmentStatus.WAITLISTED;
            case UNASSIGNED -> m.status() == EnrollmentStatus.ENROLLED && m.sessionId() == null;
            case EXCUSED -> false;
        };
    }

    /** Drag and drop: moves the enrollment to the column it was dropped on. */
    public void moveTo(long enrollmentId, BoardColumn to) {
        Member m = members(vm.shownBoard()).get(enrollmentId);
        if (m != null && to.acceptsDrop()) {
            moveTo(m, to);
        }
    }

    private void moveTo(Member m, BoardColumn to) {
        if (isCurrent(to, m)) {
            return;
        }
        if (to.full() && !vm.dialogs.confirm(I18n.t("nominations.move"), I18n.t("nominations.overCapacity",
                to.title()))) {
            return;
        }
        String label = I18n.t("nominations.undoMove", m.name());
        write(I18n.t("nominations.task.moving"),
                p -> vm.assignments.move(m.enrollmentId(), m.version(), to.sessionId(), label), failure -> {
                    if (failure instanceof StaleEditException stale && stale.stored() instanceof Enrollment stored) {
                        resolve(m, to, stored);
                    } else {
                        failed(failure);
                    }
                });
    }

    /** Someone else changed this person's enrollment meanwhile: show both, let the officer choose. */
    private void resolve(Member m, BoardColumn to, Enrollment stored) {
        String storedPlace = place(stored.sessionId(), stored.status());
        var fields = List.of(new ConflictField(I18n.t("nominations.field.place"), storedPlace, to.title()));
        if (vm.dialogs.resolveConflict(m.name(), fields) == ConflictChoice.KEEP_MINE) {
            Member again = new Member(m.enrollmentId(), stored.version(), m.staffId(), m.employeeNo(), m.name(),
                    m.department(), m.kind(), stored.status(), stored.statusReason(), m.appliedOn(),
                    stored.sessionId());
            moveTo(again, to);
        } else {
            vm.afterChange();
        }
    }

    private String place(Long sessionId, EnrollmentStatus status) {
        return vm.columns().stream().filter(c -> sessionId != null && sessionId.equals(c.sessionId()))
                .map(BoardColumn::title).findFirst().orElse(I18n.label(status));
    }

    /** 辞退: after asking; the first on the waiting list who can attend takes the seat. */
    public void decline(Member m) {
        if (m == null) {
            vm.dialogs.notify(I18n.t("nominations.selectPerson"));
            return;
        }
        if (!vm.dialogs.confirm(I18n.t("nominations.decline"), I18n.t("nominations.confirmDecline", m.name()))) {
            return;
        }
        String label = I18n.t("nominations.undoDecline", m.name());
        write(I18n.t("nominations.task.moving"),
                p -> vm.assignments.decline(m.enrollmentId(), m.version(), null, label));
    }

    private void write(String title, BackgroundWork<EnrollmentChanges> work) {
        write(title, work, this::failed);
    }

    private void write(String title, BackgroundWork<EnrollmentChanges> work, Consumer<Throwable> onFailure) {
        vm.tasks.run(title, work, changes -> {
            vm.dialogs.notify(I18n.t("nominations.saved", changes.label()));
            vm.undo.push(changes.label(), p -> vm.assignments.restore(changes), vm::afterChange);
            vm.afterChange();
        }, onFailure);
    }

    private void failed(Throwable failure) {
        if (failure instanceof StaleEditException) {
            vm.dialogs.showError(I18n.t("error.title"), I18n.t("nominations.changedElsewhere"), null);
            vm.afterChange();
        } else {
            vm.dialogs.showError(I18n.t("error.title"), I18n.t("nominations.saveFailed"), failure);
        }
    }

    private static Map<Long, Member> members(CourseBoard board) {
        if (board == null) {
            return Map.of();
        }
        return Stream.of(board.sessions().stream().flatMap(s -> s.members().stream()),
                board.waiting().stream(), board.unassigned().stream(), board.excused().stream())
                .flatMap(Function.identity())
                .collect(Collectors.toMap(Member::enrollmentId, Function.identity()));
    }
}

package org.kenshu.ui.plan.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.targets.CapacityPlan;
import org.kenshu.service.targets.CourseBoard;
import org.kenshu.service.targets.Member;
import org.kenshu.service.targets.Proposal;
import org.kenshu.service.targets.SessionColumn;
import org.kenshu.service.targets.Target;

/** The words of the nominations pane: board columns, capacity planning and proposals, built from service results. */
final class NominationTexts {
    private NominationTexts() {
    }

    /**
     * The board's columns: those not yet assigned first (only when there are any: they are what needs
     * doing), then the sessions, the waiting list, and the excused (only when there are any).
     */
    static List<BoardColumn> columns(CourseBoard board, LocalDate today) {
        List<BoardColumn> out = new ArrayList<>();
        if (!board.unassigned().isEmpty()) {
            out.add(other(BoardColumn.Kind.UNASSIGNED, "nominations.column.unassigned", board.unassigned()));
        }
        for (SessionColumn s : board.sessions()) {
            String title = I18n.t("session.number", s.sessionNo()) + " " + Wareki.sessionDays(s.days(), s.periodEnd());
            String counts = s.capacity() == null ? I18n.t("nominations.count.noLimit", s.members().size())
                    : I18n.t("nominations.count.ofCapacity", s.members().size(), s.capacity());
            boolean held = !s.days().isEmpty() && s.days().getFirst().isBefore(today);
            if (s.cancelled()) {
                counts += I18n.t("nominations.session.cancelled");
            } else if (held) {
                counts += I18n.t("nominations.session.held");
            }
            out.add(new BoardColumn(s.cancelled() ? BoardColumn.Kind.CANCELLED_SESSION : BoardColumn.Kind.SESSION,
                    s.sessionId(), s.sessionNo(), title, counts, s.full(), held, s.members()));
        }
        out.add(other(BoardColumn.Kind.WAITING, "nominations.column.waiting", board.waiting()));
        if (!board.excused().isEmpty()) {
            out.add(other(BoardColumn.Kind.EXCUSED, "nominations.column.excused", board.excused()));
        }
        return out;
    }

    private static BoardColumn other(BoardColumn.Kind kind, String key, List<Member> members) {
        return new BoardColumn(kind, null, 0, I18n.t(key), I18n.t("nominations.count.people", members.size()), false,
                false, members);
    }

    /** Where a target's enrollment stands: 未指名 (未申込), 回は未定, or the status (受講予定, 待機, 免除 …). */
    static String enrollment(Target t, boolean application) {
        if (!t.enrolled()) {
            return I18n.t(application ? "nominations.notApplied" : "nominations.notYet");
        }
        if (t.enrollment() == EnrollmentStatus.ENROLLED && t.sessionId() == null) {
            return I18n.t("nominations.noSessionYet");
        }
        return I18n.label(t.enrollment());
    }

    /** 「山田 太郎（人事課）」, or with the reason for those exempt, declined or cancelled. */
    static String member(Member m) {
        String dept = m.department().isEmpty() ? "" : m.department().substring(m.department().lastIndexOf(' ') + 1);
        String text = dept.isEmpty() ? m.name() : I18n.t("nominations.member", m.name(), dept);
        boolean excused = m.status() == EnrollmentStatus.EXEMPT || m.status() == EnrollmentStatus.DECLINED
                || m.status() == EnrollmentStatus.CANCELLED;
        if (excused) {
            String why = m.reason() == null || m.reason().isBlank() ? I18n.label(m.status()) : m.reason();
            text += " — " + why;
        }
        return text;
    }

    /** 公募: how many may apply against the seats; no uptake goal (applications are not meant to reach everyone). */
    static String capacity(CapacityPlan c, boolean application) {
        String seats = c.unlimited() ? I18n.t("nominations.capacity.unlimited", c.sessions())
                : I18n.t("nominations.capacity.seats", c.capacity(), c.sessions());
        if (application) {
            return I18n.t("nominations.capacity.application", c.targets(), seats);
        }
        String goal = c.goalName() == null ? I18n.t("nominations.capacity.defaultGoal", percent(c))
                : I18n.t("nominations.capacity.goal", c.goalName(), percent(c));
        String verdict;
        if (c.unlimited() || c.moreSessions() != null && c.moreSessions() == 0) {
            verdict = I18n.t("nominations.capacity.enough");
        } else if (c.moreSessions() == null) {
            verdict = I18n.t("nominations.capacity.unknownSize");
        } else {
            verdict = I18n.t("nominations.capacity.more", c.moreSessions(), c.sessionSize());
        }
        return I18n.t("nominations.capacity", c.targets(), seats, goal, c.seatsNeeded(), verdict);
    }

    private static String percent(CapacityPlan c) {
        return c.goalRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** 「第1回 3人、第2回 2人、待機 5人、免除 1人」. */
    static String proposal(Proposal p, CourseBoard board) {
        List<String> parts = new ArrayList<>();
        for (SessionColumn s : board.sessions()) {
            long n = p.seatedIn(s.sessionId());
            if (n > 0) {
                parts.add(I18n.t("session.number", s.sessionNo()) + " " + I18n.t("nominations.count.people", n));
            }
        }
        for (EnrollmentStatus status : List.of(EnrollmentStatus.WAITLISTED, EnrollmentStatus.EXEMPT,
                EnrollmentStatus.CANCELLED)) {
            long n = p.count(status);
            if (n > 0) {
                parts.add(I18n.label(status) + " " + I18n.t("nominations.count.people", n));
            }
        }
        return String.join(I18n.t("nominations.listJoin"), parts);
    }
}

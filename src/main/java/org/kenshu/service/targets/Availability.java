package org.kenshu.service.targets;

import java.time.LocalDate;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.Wareki;

/**
 * Whether a person can attend a session: employed then, and not on leave on any of its days (a period
 * session, e-learning, only when leave covers the whole period). The answer carries the reason shown.
 */
final class Availability {
    enum Kind { AVAILABLE, AWAY, LEFT, NOT_HIRED }

    record Answer(Kind kind, String reason) {
        static final Answer AVAILABLE = new Answer(Kind.AVAILABLE, null);
        static final Answer NOT_HIRED = new Answer(Kind.NOT_HIRED, null);
    }

    private final StaffFacts facts;
    private final EraDisplay era;

    Availability(StaffFacts facts, EraDisplay era) {
        this.facts = facts;
        this.era = era;
    }

    Answer check(int staffIndex, SessionSlot slot) {
        LocalDate first = slot.firstDay();
        if (first == null) {
            return Answer.AVAILABLE;
        }
        LocalDate last = slot.isPeriod() ? slot.session().periodEnd() : slot.days().getLast();
        Staff s = facts.staff(staffIndex);
        if (s.leftOn() != null && s.leftOn().isBefore(first)) {
            return new Answer(Kind.LEFT, I18n.t("targets.left", Wareki.shortDate(s.leftOn(), era)));
        }
        if (s.hiredOn() != null && s.hiredOn().isAfter(slot.isPeriod() ? last : first)) {
            return Answer.NOT_HIRED;
        }
        if (!facts.hasAbsences(staffIndex)) {
            return Answer.AVAILABLE;
        }
        if (slot.isPeriod()) {
            return facts.awayThroughout(staffIndex, first, last) ? away(facts.awayOn(staffIndex, first), first)
                    : Answer.AVAILABLE;
        }
        for (LocalDate day : slot.days()) {
            StaffAbsence a = facts.awayOn(staffIndex, day);
            if (a != null) {
                return away(a, day);
            }
        }
        return Answer.AVAILABLE;
    }

    private Answer away(StaffAbsence a, LocalDate day) {
        return new Answer(Kind.AWAY, I18n.t("targets.away." + a.kind().name(), Wareki.shortDate(day, era)));
    }
}

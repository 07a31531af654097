package org.kenshu.service.targets;

import java.time.LocalDate;
import java.time.Period;
import org.kenshu.model.Assignment;
import org.kenshu.model.Staff;

/**
 * Years since hire and time in the current tier, as target rules count them (decision 0014).
 *
 * <p>Years of service are <b>completed whole years</b> on the reference date ({@link Period#between}):
 * with reference date 2026-04-01, hired 2026-04-01 → 0 (採用1年目), hired 2025-04-02 → 0 (採用1年目),
 * hired 2025-04-01 → 1 (採用2年目), hired 2023-04-01 → 3 (採用4年目). So 採用N年目 is N − 1 completed years,
 * and a rule "years 0 to 0" selects exactly the people hired in the year up to the reference date.
 * Someone hired after the reference date has 0 years.
 */
final class Tenure {
    private Tenure() {
    }

    /** Completed years of service on {@code reference}; -1 when the hire date is unknown. */
    static int completedYears(LocalDate hiredOn, LocalDate reference) {
        if (hiredOn == null) {
            return -1;
        }
        if (hiredOn.isAfter(reference)) {
            return 0;
        }
        return Period.between(hiredOn, reference).getYears();
    }

    /** When a staff member came into a tier, and whether that was by hire rather than by promotion. */
    record TierSince(LocalDate date, boolean byHire) {
    }

    /**
     * When the tier of {@code current} began: its 昇任日 ({@code promoted_on}) when recorded; else the start of
     * the unbroken run of assignments with that tier, when an earlier assignment had another tier; else, when
     * the tier was held from the very first assignment and that assignment began on the hire date, the hire
     * date (hired into the tier). Otherwise unknown (a roster imported once does not say when a tier began).
     */
    static TierSince tierSince(Staff staff, Assignment[] history, Assignment current) {
        if (current == null || current.tierId() == null) {
            return null;
        }
        if (current.promotedOn() != null) {
            return new TierSince(current.promotedOn(), false);
        }
        int k = indexOf(history, current);
        while (k > 0 && current.tierId().equals(history[k - 1].tierId())) {
            k--;
        }
        if (k > 0) {
            return new TierSince(history[k].validFrom(), false);
        }
        LocalDate hired = staff.hiredOn();
        if (hired != null && !history[0].validFrom().isAfter(hired)) {
            return new TierSince(hired, true);
        }
        return null;
    }

    private static int indexOf(Assignment[] history, Assignment a) {
        for (int k = history.length - 1; k >= 0; k--) {
            if (history[k] == a) {
                return k;
            }
        }
        return 0;
    }
}

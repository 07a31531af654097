package org.kenshu.service.plan.checks;

import java.util.List;

/** One kind of check over the whole plan. */
interface PlanCheck {
    void run(PlanSnapshot plan, List<PlanWarning> out);
}

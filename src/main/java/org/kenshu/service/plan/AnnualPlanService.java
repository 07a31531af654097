package org.kenshu.service.plan;

import java.util.Optional;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.I18n;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Wareki;
import org.kenshu.service.RefusedException;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/** The plan of a fiscal year itself: started empty, and moved between draft (案) and fixed (確定). */
public final class AnnualPlanService {
    private final Database db;
    private final Repositories repos;

    public AnnualPlanService(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    public Optional<AnnualPlan> plan(int fiscalYear) {
        return repos.plans.findByFiscalYear(fiscalYear);
    }

    /** A new draft plan without sessions; refused when the year has a plan. */
    public AnnualPlan createEmpty(int fiscalYear) {
        return db.inTransaction(() -> {
            if (plan(fiscalYear).isPresent()) {
                throw new RefusedException(I18n.t("plan.exists", Wareki.fiscalYear(fiscalYear, era())));
            }
            return create(fiscalYear);
        });
    }

    /** The year's plan, created as a draft when there is none (inside the caller's transaction). */
    AnnualPlan planOrCreate(int fiscalYear) {
        return plan(fiscalYear).orElseGet(() -> create(fiscalYear));
    }

    private AnnualPlan create(int fiscalYear) {
        AnnualPlan saved = repos.plans.insert(AnnualPlan.draft(fiscalYear));
        repos.audit.record("INSERT", "annual_plan", saved.id(), "FY" + fiscalYear);
        return saved;
    }

    /** Marks the plan draft or fixed (version-checked). */
    public AnnualPlan setStatus(AnnualPlan plan, PlanStatus status) {
        return db.inTransaction(() -> {
            AnnualPlan saved = repos.plans.update(new AnnualPlan(plan.id(), plan.fiscalYear(), status, plan.budget(),
                    plan.note(), plan.version()));
            repos.audit.record(status == PlanStatus.FIXED ? "FIX" : "UNFIX", "annual_plan", saved.id(),
                    "FY" + saved.fiscalYear());
            return saved;
        });
    }

    /** Removes a plan that has no sessions (undoing its creation). */
    public void deleteIfEmpty(AnnualPlan plan) {
        db.inTransaction(() -> {
            if (repos.sessions.findByPlan(plan.id()).isEmpty()) {
                repos.plans.delete(repos.plans.get(plan.id()));
                repos.audit.record("DELETE", "annual_plan", plan.id(), "FY" + plan.fiscalYear());
            }
        });
    }

    private org.kenshu.model.EraDisplay era() {
        return repos.organisation.find().map(o -> o.eraDisplay()).orElse(org.kenshu.model.EraDisplay.JAPANESE);
    }
}

package org.kenshu.service.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalYear;
import org.kenshu.store.Repositories;

/**
 * Counts goals exactly as DESIGN.md §5 says (decision 0016 adds what it leaves open): UPTAKE,
 * COVERAGE, HEADCOUNT and MANUAL, for one fiscal year, with forecast, status, breakdowns by tier
 * and department, the people behind the gap, and a trend over earlier years.
 */
public final class GoalEngine {
    private static final int TREND_YEARS = 5;
    private final Repositories repos;
    private final Clock clock;

    public GoalEngine(Repositories repos, Clock clock) {
        this.repos = repos;
        this.clock = clock;
    }

    private GoalContext context() {
        return new GoalContext(repos, LocalDate.now(clock));
    }

    /** Every goal in {@code goals} counted for {@code fiscalYear} (sharing what they read). */
    public List<GoalResult> compute(List<Goal> goals, int fiscalYear) {
        GoalContext ctx = context();
        return goals.stream().map(g -> compute(ctx, g, fiscalYear)).toList();
    }

    public GoalResult compute(Goal goal, int fiscalYear) {
        return compute(context(), goal, fiscalYear);
    }

    private GoalResult compute(GoalContext ctx, Goal goal, int fiscalYear) {
        boolean ended = FiscalYear.of(fiscalYear).end().isBefore(ctx.today);
        Optional<GoalYear> year = repos.goalYears.find(goal.id(), fiscalYear);
        Target target = target(goal, year);
        return switch (goal.kind()) {
            case UPTAKE -> Tally.rate(goal, fiscalYear, target, UptakeCount.count(ctx, goal, fiscalYear).rows(),
                    ctx.labels(), ended);
            case COVERAGE -> Tally.rate(goal, fiscalYear, target, CoverageCount.count(ctx, goal, fiscalYear).rows(),
                    ctx.labels(), ended);
            case HEADCOUNT -> Tally.headcount(goal, fiscalYear, target, holders(ctx, goal, fiscalYear), ctx.labels(),
                    ended);
            case MANUAL -> Tally.manual(goal, fiscalYear, target, year.map(GoalYear::manualValue).orElse(null),
                    year.map(GoalYear::sourceNote).orElse(null), ended);
        };
    }

    /** The people behind the gap of a rate goal (empty for headcount and manual goals). */
    public List<GapPerson> missing(Goal goal, int fiscalYear) {
        GoalContext ctx = context();
        Counting counting = switch (goal.kind()) {
            case UPTAKE -> UptakeCount.count(ctx, goal, fiscalYear);
            case COVERAGE -> CoverageCount.count(ctx, goal, fiscalYear);
            case HEADCOUNT, MANUAL -> null;
        };
        return counting == null ? List.of() : new GapExplainer(ctx).explain(counting);
    }

    /**
     * The goal's actual value in the fiscal years up to {@code fiscalYear} that have data (a plan, a
     * manual value, holders of the role): at most the last five, oldest first.
     */
    public List<TrendPoint> trend(Goal goal, int fiscalYear) {
        TreeSet<Integer> years = new TreeSet<>(repos.goalFacts.plannedYears());
        repos.goalYears.findAll().stream().filter(y -> y.goalId() == goal.id()).forEach(y -> years.add(y.fiscalYear()));
        years.add(fiscalYear);
        List<Integer> candidates = new ArrayList<>(years.headSet(fiscalYear, true).descendingSet());
        GoalContext ctx = context();
        List<TrendPoint> points = new ArrayList<>();
        for (int y : candidates.subList(0, Math.min(TREND_YEARS, candidates.size()))) {
            GoalResult r = compute(ctx, goal, y);
            boolean counted = r.denominator() == null || r.denominator() > 0;
            boolean anyone = goal.kind() != GoalKind.HEADCOUNT || r.numerator() > 0 || y == fiscalYear;
            if (r.actual() != null && counted && anyone) {
                points.addFirst(new TrendPoint(y, r.actual(), r.target().value()));
            }
        }
        return points;
    }

    /** The target that applies in the year: the year's own target when one was entered, else the goal's. */
    static Target target(Goal goal, Optional<GoalYear> year) {
        if (year.isPresent() && (year.get().targetRate() != null || year.get().targetCount() != null)) {
            return new Target(year.get().targetRate(), year.get().targetCount());
        }
        return new Target(goal.targetRate(), goal.targetCount());
    }

    private static List<Counted> holders(GoalContext ctx, Goal goal, int fiscalYear) {
        if (goal.designationRoleId() == null) {
            return List.of();
        }
        LocalDate start = FiscalYear.of(fiscalYear).start();
        List<Counted> rows = new ArrayList<>();
        for (long staffId : ctx.repos.goalPeople.holders(goal.designationRoleId(), fiscalYear)) {
            rows.add(new Counted(ctx.people().grouped(staffId, start), true, false, null, 0));
        }
        return rows;
    }
}

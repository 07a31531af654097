package org.kenshu.service.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.FiscalYear;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalYear;
import org.kenshu.model.Organisation;
import org.kenshu.service.CompletionRule;
import org.kenshu.store.GoalPeople.Person;
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

    /** Every goal in {@code goals} counted for {@code fiscalYear}. */
    public List<GoalResult> compute(List<Goal> goals, int fiscalYear) {
        Labels labels = new Labels(repos);
        List<String> marks = attendedMarks();
        return goals.stream().map(g -> compute(g, fiscalYear, labels, marks)).toList();
    }

    public GoalResult compute(Goal goal, int fiscalYear) {
        return compute(goal, fiscalYear, new Labels(repos), attendedMarks());
    }

    private GoalResult compute(Goal goal, int fiscalYear, Labels labels, List<String> marks) {
        LocalDate today = LocalDate.now(clock);
        boolean ended = FiscalYear.of(fiscalYear).end().isBefore(today);
        Optional<GoalYear> year = repos.goalYears.find(goal.id(), fiscalYear);
        Target target = target(goal, year);
        return switch (goal.kind()) {
            case UPTAKE -> Tally.rate(goal, fiscalYear, target,
                    UptakeCount.count(repos, goal, fiscalYear, marks, today).rows(), labels, ended);
            case COVERAGE -> Tally.rate(goal, fiscalYear, target,
                    CoverageCount.count(repos, goal, fiscalYear, marks, today).rows(), labels, ended);
            case HEADCOUNT -> Tally.headcount(goal, fiscalYear, target, holders(goal, fiscalYear), labels, ended);
            case MANUAL -> Tally.manual(goal, fiscalYear, target, year.map(GoalYear::manualValue).orElse(null),
                    year.map(GoalYear::sourceNote).orElse(null), ended);
        };
    }

    /** The people behind the gap of a rate goal (empty for headcount and manual goals). */
    public List<GapPerson> missing(Goal goal, int fiscalYear) {
        LocalDate today = LocalDate.now(clock);
        Counting counting = switch (goal.kind()) {
            case UPTAKE -> UptakeCount.count(repos, goal, fiscalYear, attendedMarks(), today);
            case COVERAGE -> CoverageCount.count(repos, goal, fiscalYear, attendedMarks(), today);
            case HEADCOUNT, MANUAL -> null;
        };
        return counting == null ? List.of()
                : new GapExplainer(repos, new Labels(repos), fiscalYear, today, attendedMarks()).explain(counting);
    }

    /**
     * The goal's actual value in the earlier fiscal years that have data (a plan, a manual value or
     * holders) and in {@code fiscalYear} itself: at most the last five, oldest first.
     */
    public List<TrendPoint> trend(Goal goal, int fiscalYear) {
        TreeSet<Integer> years = new TreeSet<>(repos.goalFacts.plannedYears());
        repos.goalYears.findAll().stream().filter(y -> y.goalId() == goal.id()).forEach(y -> years.add(y.fiscalYear()));
        years.add(fiscalYear);
        List<Integer> candidates = new ArrayList<>(years.headSet(fiscalYear, true).descendingSet());
        Labels labels = new Labels(repos);
        List<String> marks = attendedMarks();
        List<TrendPoint> points = new ArrayList<>();
        for (int y : candidates.subList(0, Math.min(TREND_YEARS, candidates.size()))) {
            GoalResult r = compute(goal, y, labels, marks);
            boolean hasData = r.actual() != null && (r.denominator() == null || r.denominator() > 0)
                    && (goal.kind() != org.kenshu.model.GoalKind.HEADCOUNT || r.numerator() > 0 || y == fiscalYear);
            if (hasData) {
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

    private List<Counted> holders(Goal goal, int fiscalYear) {
        if (goal.designationRoleId() == null) {
            return List.of();
        }
        List<Counted> rows = new ArrayList<>();
        for (Person p : repos.goalPeople.holders(goal.designationRoleId(), fiscalYear,
                FiscalYear.of(fiscalYear).start())) {
            rows.add(new Counted(p, true, false, null, 0));
        }
        return rows;
    }

    /** The marks that count as attended under the organisation's late / left-early settings. */
    private List<String> attendedMarks() {
        CompletionRule rule = CompletionRule.of(repos.organisation.find().orElse(Organisation.unnamed()));
        List<String> marks = new ArrayList<>();
        for (AttendanceMark m : AttendanceMark.values()) {
            if (rule.attended(m)) {
                marks.add(m.name());
            }
        }
        return marks;
    }
}

package org.kenshu.service.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.GoalYear;
import org.kenshu.model.I18n;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * Editing the goal register and a goal's per-year values: validated, saved in one transaction with
 * an audit entry, and protected by the version column (a change made elsewhere raises
 * {@link org.kenshu.model.StaleEditException}).
 */
public final class GoalRegister {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private final Database db;
    private final Repositories repos;

    public GoalRegister(Database db, Repositories repos) {
        this.db = db;
        this.repos = repos;
    }

    /** What is wrong with {@code g}, in words the officer reads; empty when it can be saved. */
    public List<String> problems(Goal g) {
        List<String> problems = new ArrayList<>();
        if (g.code() == null || !CODE.matcher(g.code()).matches()) {
            problems.add(I18n.t("goals.edit.codeInvalid"));
        } else if (repos.goals.findByCode(g.code()).filter(other -> other.id() != g.id()).isPresent()) {
            problems.add(I18n.t("goals.edit.codeTaken", g.code()));
        }
        if (g.name() == null || g.name().isBlank()) {
            problems.add(I18n.t("goals.edit.nameRequired"));
        }
        if (g.kind() == null) {
            problems.add(I18n.t("goals.edit.kindRequired"));
            return problems;
        }
        boolean rate = g.targetRate() != null;
        boolean count = g.targetCount() != null;
        switch (g.kind()) {
            case UPTAKE, COVERAGE -> {
                if (!rate || count) {
                    problems.add(I18n.t("goals.edit.rateRequired"));
                }
                if (g.courseTypeId() == null && g.courseIds().isEmpty()) {
                    problems.add(I18n.t("goals.edit.coursesRequired"));
                }
            }
            case HEADCOUNT -> {
                if (!count || rate) {
                    problems.add(I18n.t("goals.edit.countRequired"));
                }
                if (g.designationRoleId() == null) {
                    problems.add(I18n.t("goals.edit.roleRequired"));
                }
            }
            case MANUAL -> {
                if (rate == count) {
                    problems.add(I18n.t("goals.edit.rateOrCount"));
                }
            }
        }
        if (rate && (g.targetRate().signum() <= 0 || g.targetRate().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(I18n.t("goals.edit.rateRange"));
        }
        if (count && g.targetCount() < 0) {
            problems.add(I18n.t("goals.edit.countRange"));
        }
        if (g.fiscalYearFrom() != null && g.fiscalYearTo() != null && g.fiscalYearFrom() > g.fiscalYearTo()) {
            problems.add(I18n.t("goals.edit.yearsOrder"));
        }
        return problems;
    }

    /** Adds ({@code id} 0) or updates a goal; refuses one with problems. */
    public Goal save(Goal g) {
        List<String> problems = problems(g);
        if (!problems.isEmpty()) {
            throw new GoalEditException(problems);
        }
        return db.inTransaction(() -> {
            Goal saved = g.id() == 0 ? repos.goals.insert(g) : repos.goals.update(g);
            repos.audit.record(g.id() == 0 ? "INSERT" : "UPDATE", "goal", saved.id(), saved.code());
            return saved;
        });
    }

    /** Deletes a goal with its per-year values; returns those values so an undo can restore them. */
    public List<GoalYear> delete(Goal g) {
        return db.inTransaction(() -> {
            List<GoalYear> years = years(g.id());
            years.forEach(repos.goalYears::delete);
            repos.goals.delete(g);
            repos.audit.record("DELETE", "goal", g.id(), g.code());
            return years;
        });
    }

    /** Puts back a deleted goal (with a new id) and its per-year values. */
    public Goal restore(Goal g, List<GoalYear> years) {
        return db.inTransaction(() -> {
            Goal again = repos.goals.insert(g);
            for (GoalYear y : years) {
                repos.goalYears.insert(new GoalYear(0, again.id(), y.fiscalYear(), y.targetRate(), y.targetCount(),
                        y.manualValue(), y.sourceNote(), 0));
            }
            repos.audit.record("INSERT", "goal", again.id(), again.code() + " (undo delete)");
            return again;
        });
    }

    public List<GoalYear> years(long goalId) {
        return repos.goalYears.findAll().stream().filter(y -> y.goalId() == goalId)
                .sorted(java.util.Comparator.comparingInt(GoalYear::fiscalYear)).toList();
    }

    /** What is wrong with a per-year value of {@code goal}. */
    public List<String> problems(Goal goal, GoalYear y) {
        List<String> problems = new ArrayList<>();
        BigDecimal v = y.manualValue();
        boolean rate = goal.targetRate() != null || y.targetRate() != null;
        if (v != null && (v.signum() < 0 || rate && v.compareTo(new BigDecimal("2")) > 0)) {
            problems.add(I18n.t("goals.edit.manualRange"));
        }
        if (y.targetRate() != null && (y.targetRate().signum() <= 0 || y.targetRate().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(I18n.t("goals.edit.rateRange"));
        }
        if (y.targetCount() != null && y.targetCount() < 0) {
            problems.add(I18n.t("goals.edit.countRange"));
        }
        if (v != null && (y.sourceNote() == null || y.sourceNote().isBlank())) {
            problems.add(I18n.t("goals.edit.sourceRequired"));
        }
        return problems;
    }

    /**
     * Saves a goal's values for one year (a manual value with its source, or a different target):
     * inserts when the year has none yet; a row left with no value at all is removed.
     */
    public GoalYear saveYear(Goal goal, GoalYear y) {
        List<String> problems = problems(goal, y);
        if (!problems.isEmpty()) {
            throw new GoalEditException(problems);
        }
        return db.inTransaction(() -> {
            boolean empty = y.manualValue() == null && y.targetRate() == null && y.targetCount() == null
                    && (y.sourceNote() == null || y.sourceNote().isBlank());
            GoalYear saved;
            if (y.id() == 0) {
                saved = empty ? y : repos.goalYears.insert(y);
            } else if (empty) {
                repos.goalYears.delete(y);
                saved = new GoalYear(0, y.goalId(), y.fiscalYear(), null, null, null, null, 0);
            } else {
                saved = repos.goalYears.update(y);
            }
            repos.audit.record("UPDATE", "goal_year", saved.id() == 0 ? y.id() : saved.id(),
                    goal.code() + " " + y.fiscalYear());
            return saved;
        });
    }

    /** The goal's values for a year, or an empty row to fill in. */
    public GoalYear year(long goalId, int fiscalYear) {
        return repos.goalYears.find(goalId, fiscalYear)
                .orElse(new GoalYear(0, goalId, fiscalYear, null, null, null, null, 0));
    }

    /** Kinds a goal can be of, for a chooser. */
    public static List<GoalKind> kinds() {
        return List.of(GoalKind.values());
    }

    /** A goal that cannot be saved; the message lists every problem. */
    public static final class GoalEditException extends RuntimeException {
        private final transient List<String> problems;

        public GoalEditException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}

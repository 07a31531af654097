package org.kenshu.ui.goals;

import java.util.List;
import org.kenshu.model.Goal;
import org.kenshu.model.I18n;
import org.kenshu.ui.common.ConflictField;

/** Small pieces of editing a goal: a copy with another version, and the fields a conflict shows. */
final class GoalEdits {
    private GoalEdits() {
    }

    static Goal withVersion(Goal g, int version) {
        return new Goal(g.id(), g.code(), g.name(), g.kind(), g.targetRate(), g.targetCount(), g.courseTypeId(),
                g.courseIds(), g.tierIds(), g.jobCategoryIds(), g.designationRoleId(), g.activeOnly(),
                g.fiscalYearFrom(), g.fiscalYearTo(), g.pillarId(), g.unit(), g.description(), g.sortOrder(), version);
    }

    /** The stored goal beside the officer's: name, target, years and description. */
    static List<ConflictField> conflict(Goal stored, Goal mine) {
        return List.of(new ConflictField(I18n.t("goals.form.name"), stored.name(), mine.name()),
                new ConflictField(I18n.t("goals.form.target"), target(stored), target(mine)),
                new ConflictField(I18n.t("goals.form.years"), years(stored), years(mine)),
                new ConflictField(I18n.t("goals.form.description"), stored.description(), mine.description()));
    }

    private static String target(Goal g) {
        return g.targetRate() != null ? GoalFormat.percentField(g.targetRate()) + "%"
                : g.targetCount() == null ? "" : g.targetCount().toString();
    }

    private static String years(Goal g) {
        return (g.fiscalYearFrom() == null ? "" : g.fiscalYearFrom()) + "〜"
                + (g.fiscalYearTo() == null ? "" : g.fiscalYearTo());
    }
}

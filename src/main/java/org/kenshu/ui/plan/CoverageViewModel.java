package org.kenshu.ui.plan;

import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kenshu.model.I18n;
import org.kenshu.model.RequirementLevel;
import org.kenshu.service.plan.Coverage;
import org.kenshu.service.plan.CurriculumService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/** 能力の充足 tab: for each tier the ◎/○ competencies against those the year's courses develop; ◎ gaps stand out. */
public final class CoverageViewModel {
    private final CurriculumService service;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper gaps = new ReadOnlyStringWrapper("");

    public CoverageViewModel(CurriculumService service, TaskRunner tasks, AppState state) {
        this.service = service;
        this.tasks = tasks;
        this.state = state;
    }

    public void refresh() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.loadingCoverage"), p -> service.coverage(year), c -> {
            coverage.set(c);
            String perTier = c.tiers().stream().filter(t -> c.gaps(t) > 0)
                    .map(t -> I18n.t("coverage.tierGaps", t.name(), c.gaps(t))).collect(Collectors.joining("、"));
            gaps.set(c.rows().isEmpty() ? I18n.t("coverage.noModel")
                    : perTier.isEmpty() ? I18n.t("coverage.noGaps") : I18n.t("coverage.gaps", perTier));
        });
    }

    /** What a cell says: ◎/○ (or ・ when not asked for) and ✓ when a course covers it, 不足 for a ◎ gap. */
    public static String cellText(Coverage.Cell cell) {
        String level = cell.level() == RequirementLevel.ESSENTIAL ? "◎" : cell.level() == RequirementLevel.REQUIRED
                ? "○" : "";
        if (cell.gap()) {
            return level + " " + I18n.t("coverage.gap");
        }
        return cell.covered() ? (level.isEmpty() ? "✓" : level + " ✓") : level;
    }

    public ObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    public ReadOnlyStringProperty gapsProperty() {
        return gaps.getReadOnlyProperty();
    }
}

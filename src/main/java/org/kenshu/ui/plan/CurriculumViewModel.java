package org.kenshu.ui.plan;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.plan.Curriculum;
import org.kenshu.service.plan.CurriculumService;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.TaskRunner;

/** 階層別研修体系表 tab: tiers × the year's courses with the number of targets, loaded when the tab is shown. */
public final class CurriculumViewModel {
    private final CurriculumService service;
    private final TaskRunner tasks;
    private final AppState state;
    private final ObjectProperty<Curriculum> curriculum = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");

    public CurriculumViewModel(CurriculumService service, TaskRunner tasks, AppState state) {
        this.service = service;
        this.tasks = tasks;
        this.state = state;
    }

    public void refresh() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.loadingCurriculum"), p -> service.curriculum(year), c -> {
            curriculum.set(c);
            caption.set(c.columns().isEmpty() ? I18n.t("curriculum.empty", Wareki.fiscalYear(year, state.era()))
                    : I18n.t("curriculum.caption", Wareki.fiscalYear(year, state.era()), state.shortDate(
                            org.kenshu.model.FiscalYear.of(year).start()), c.columns().size()));
        });
    }

    public ObjectProperty<Curriculum> curriculumProperty() {
        return curriculum;
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}

package org.kenshu.ui.competency;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kenshu.model.I18n;
import org.kenshu.service.CompetencyMatrix;
import org.kenshu.service.CompetencyService;
import org.kenshu.ui.common.TaskRunner;

/** 能力体系: the tier × competency matrix (◎ especially required, ○ required). */
public final class CompetencyPageViewModel {
    private final CompetencyService competencies;
    private final TaskRunner tasks;
    private final ObjectProperty<CompetencyMatrix> matrix = new SimpleObjectProperty<>(
            new CompetencyMatrix(java.util.List.of(), java.util.List.of()));

    public CompetencyPageViewModel(CompetencyService competencies, TaskRunner tasks) {
        this.competencies = competencies;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run(I18n.t("task.loadingCompetencies"), p -> competencies.matrix(), matrix::set);
    }

    public ObjectProperty<CompetencyMatrix> matrixProperty() {
        return matrix;
    }
}

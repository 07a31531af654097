package org.kenshu.ui.plan;

import java.util.Optional;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.I18n;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Wareki;
import org.kenshu.service.RefusedException;
import org.kenshu.service.plan.CopyResult;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/** What the plan page's toolbar does to the year's plan: start it empty, copy last year's, fix it or draft it again. */
final class PlanYearActions {
    private final PlanServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AppState state;
    private final UndoStack undo;
    private final PlanPageViewModel page;

    PlanYearActions(PlanServices services, TaskRunner tasks, DialogService dialogs, AppState state, UndoStack undo,
            PlanPageViewModel page) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.undo = undo;
        this.page = page;
    }

    void createEmpty() {
        int year = state.fiscalYear();
        tasks.run(I18n.t("task.saving"), p -> services.annualPlans().createEmpty(year), created -> {
            dialogs.notify(I18n.t("plan.created", name(year)));
            undo.push(I18n.t("plan.undoCreate", name(year)), p -> services.annualPlans().deleteIfEmpty(created),
                    page::refresh);
            page.refresh();
        }, this::failed);
    }

    /** Copies the previous year's plan into the selected year, asking before replacing sessions or touching a fixed plan. */
    void copyLastYear() {
        int to = state.fiscalYear();
        int from = to - 1;
        boolean replace = false;
        if (page.hasSessions()) {
            if (!dialogs.confirm(I18n.t("plan.copyTitle"), I18n.t("plan.copyReplace", name(to), name(from)))) {
                return;
            }
            replace = true;
        }
        boolean fixed = page.plan().map(p -> p.status() == PlanStatus.FIXED).orElse(false);
        if (fixed && !dialogs.confirm(I18n.t("plan.fixedTitle"), I18n.t("plan.fixedConfirm"))) {
            return;
        }
        boolean replacing = replace;
        tasks.run(I18n.t("task.copyingPlan"), p -> services.yearCopy().copy(from, to, replacing, fixed), r -> {
            dialogs.showInformation(I18n.t("plan.copyTitle"), I18n.t("plan.copied", name(from), name(to),
                    r.createdSessionIds().size(), r.skippedCancelled() + r.skippedRetired(), r.warnings().size()));
            if (r.replaced() == 0) {
                undo.push(I18n.t("plan.undoCopy", name(to)), p -> undoCopy(r), page::refresh);
            }
            page.refresh();
        }, this::failed);
    }

    private void undoCopy(CopyResult r) {
        services.sessions().delete(r.createdSessionIds());
        if (r.planCreated()) {
            services.annualPlans().plan(r.toYear()).ifPresent(services.annualPlans()::deleteIfEmpty);
        }
    }

    void toggleFixed(Optional<AnnualPlan> plan) {
        if (plan.isEmpty()) {
            return;
        }
        AnnualPlan p = plan.get();
        PlanStatus next = p.status() == PlanStatus.FIXED ? PlanStatus.DRAFT : PlanStatus.FIXED;
        if (next == PlanStatus.FIXED && !dialogs.confirm(I18n.t("plan.fixTitle"), I18n.t("plan.fixConfirm",
                name(p.fiscalYear())))) {
            return;
        }
        tasks.run(I18n.t("task.saving"), x -> services.annualPlans().setStatus(p, next), saved -> {
            dialogs.notify(I18n.t("plan.statusChanged", name(saved.fiscalYear()), I18n.label(next)));
            undo.push(I18n.t("plan.undoStatus", name(saved.fiscalYear())),
                    x -> services.annualPlans().setStatus(saved, p.status()), page::refresh);
            page.refresh();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        if (failure instanceof RefusedException) {
            dialogs.showError(I18n.t("page.plan"), failure.getMessage(), null);
        } else if (failure instanceof org.kenshu.model.StaleEditException) {
            dialogs.showError(I18n.t("page.plan"), I18n.t("courseTypes.changedElsewhere"), null);
        } else {
            dialogs.showError(I18n.t("error.title"), I18n.t("plan.actionFailed"), failure);
        }
        page.refresh();
    }

    private String name(int year) {
        return Wareki.fiscalYear(year, state.era());
    }
}

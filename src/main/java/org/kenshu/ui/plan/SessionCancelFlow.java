package org.kenshu.ui.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kenshu.model.I18n;
import org.kenshu.model.Wareki;
import org.kenshu.service.plan.NominationHandling;
import org.kenshu.service.plan.SessionDetail;
import org.kenshu.ui.common.DialogService;
import org.kenshu.ui.common.TaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * Cancelling a session: without nominations, a yes/no; with nominations, the officer chooses to keep them on
 * the cancelled session, move them to another session of the course, or cancel them. Undo restores all.
 */
final class SessionCancelFlow {
    private final PlanServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final UndoStack undo;
    private final SessionEditorViewModel editor;

    SessionCancelFlow(PlanServices services, TaskRunner tasks, DialogService dialogs, UndoStack undo,
            SessionEditorViewModel editor) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.editor = editor;
    }

    void start(SessionDetail d) {
        String label = I18n.t("check.sessionLabel", d.courseName(), d.session().sessionNo());
        if (d.nominations() == 0) {
            if (dialogs.confirm(I18n.t("session.cancelTitle"), I18n.t("session.cancelConfirm", label))) {
                cancel(d, NominationHandling.KEEP, null, label);
            }
            return;
        }
        tasks.run(I18n.t("task.loadingPlan"), p -> services.cancellations().moveTargets(d.session()),
                targets -> choose(d, targets, label));
    }

    private void choose(SessionDetail d, List<SessionDetail> targets, String label) {
        List<NominationHandling> options = Arrays.stream(NominationHandling.values())
                .filter(h -> h != NominationHandling.MOVE || !targets.isEmpty()).toList();
        Optional<NominationHandling> handling = dialogs.choose(I18n.t("session.cancelTitle"),
                I18n.t("session.cancelChoose", label, d.nominations()), options, I18n::label);
        if (handling.isEmpty()) {
            return;
        }
        Long target = null;
        if (handling.get() == NominationHandling.MOVE) {
            Optional<SessionDetail> to = dialogs.choose(I18n.t("session.cancelTitle"), I18n.t("session.moveTo"),
                    targets, t -> I18n.t("session.moveTarget", t.session().sessionNo(),
                            Wareki.sessionDays(t.days(), t.session().periodEnd()), t.nominations()));
            if (to.isEmpty()) {
                return;
            }
            target = to.get().session().id();
        }
        cancel(d, handling.get(), target, label);
    }

    private void cancel(SessionDetail d, NominationHandling handling, Long target, String label) {
        tasks.run(I18n.t("task.saving"), p -> services.cancellations().cancel(d.session(), handling, target), r -> {
            dialogs.notify(I18n.t("session.cancelled", label));
            undo.push(I18n.t("session.undoCancel", label), p -> services.cancellations().restore(r),
                    editor.changedCallback());
            editor.afterCancel(r.session());
        }, editor::refused);
    }
}

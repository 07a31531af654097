package org.kenshu.ui;

import java.nio.file.Path;
import org.kenshu.service.OrgFixture;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.Editor;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;

/**
 * What a view-model test needs around the small fictional city of {@link OrgFixture}: scripted
 * dialogs, work run at once, the undo stack, and the fiscal year 2026 (TestStore.CLOCK: 2026-11-21).
 */
public final class UiFixture implements AutoCloseable {
    public final OrgFixture city;
    public final FakeDialogs dialogs = new FakeDialogs();
    public final SameThreadTaskRunner tasks = new SameThreadTaskRunner(e -> dialogs.errors.add("unhandled: " + e));
    public final UndoStack undo = new UndoStack(tasks, dialogs);
    public final Editor editor = new Editor(tasks, dialogs, undo);
    public final AppState state = new AppState();

    public UiFixture(Path dir) {
        city = new OrgFixture(dir);
        state.fiscalYearProperty().set(2026);
        state.organisationProperty().set(city.s.organisation.organisation());
    }

    @Override
    public void close() {
        city.close();
    }
}

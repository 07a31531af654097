package org.kenshu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.EraDisplay;
import org.kenshu.model.Organisation;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;

class SettingsPageViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    FakeDialogs dialogs = new FakeDialogs();
    SettingsPageViewModel vm;
    UndoStack undo;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir, (f, h, p) -> { }, TestStore.CLOCK);
        ws.services().organisation.save(Organisation.unnamed().withName("さくら台市"));
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        vm = new SettingsPageViewModel(ws.services().organisation, ws.services().info, tasks, dialogs, new AppState(),
                undo);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void savesTheFormAndUndoPutsItBack() {
        vm.nameProperty().set("さくら台市役所");
        vm.eraProperty().set(EraDisplay.WESTERN);
        vm.save();
        assertThat(ws.services().organisation.organisation().name()).isEqualTo("さくら台市役所");
        undo.undo();
        assertThat(ws.services().organisation.organisation().name()).isEqualTo("さくら台市");
        assertThat(ws.services().organisation.organisation().eraDisplay()).isEqualTo(EraDisplay.JAPANESE);
        assertThat(vm.nameProperty().get()).isEqualTo("さくら台市");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBlankNameIsRefusedBeforeSaving() {
        vm.nameProperty().set("  ");
        vm.save();
        assertThat(dialogs.errors).singleElement().asString().contains("団体名");
        assertThat(ws.services().organisation.organisation().name()).isEqualTo("さくら台市");
    }

    @Test
    void aChangeMadeElsewhereIsShownBesideMineAndNeverOverwrittenSilently() {
        ws.services().organisation.save(ws.services().organisation.organisation().withName("さくら台市（別画面）"));
        vm.nameProperty().set("わたしの入力");
        dialogs.answer(ConflictChoice.TAKE_STORED);
        vm.save();
        assertThat(dialogs.conflicts).singleElement().satisfies(fields -> {
            assertThat(fields.getFirst().stored()).isEqualTo("さくら台市（別画面）");
            assertThat(fields.getFirst().mine()).isEqualTo("わたしの入力");
        });
        assertThat(ws.services().organisation.organisation().name()).isEqualTo("さくら台市（別画面）");
        assertThat(vm.nameProperty().get()).isEqualTo("さくら台市（別画面）");

        vm.nameProperty().set("わたしの入力");
        ws.services().organisation.save(ws.services().organisation.organisation().withName("もう一度 別画面"));
        dialogs.answer(ConflictChoice.KEEP_MINE);
        vm.save();
        assertThat(ws.services().organisation.organisation().name()).isEqualTo("わたしの入力");
    }
}

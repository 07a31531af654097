package org.kenshu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;

class HolidaySettingsViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    FakeDialogs dialogs = new FakeDialogs();
    HolidaySettingsViewModel vm;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("db"), (f, h, p) -> { }, TestStore.CLOCK);
        vm = new HolidaySettingsViewModel(ws.services().holidays,
                new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString())), dialogs);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theBundledListIsShownWithItsYears() {
        assertThat(vm.summaryProperty().get()).startsWith("1955年〜2027年の 1,0").contains("内閣府 syukujitsu.csv（同梱）");
    }

    @Test
    void aNewerOfficialFileIsImportedAndTheCountsAreShown() throws Exception {
        Path file = Files.write(dir.resolve("syukujitsu.csv"), ("国民の祝日・休日月日,国民の祝日・休日名称\r\n"
                + "2027/1/1,元日\r\n2028/1/1,元日\r\n").getBytes(Charset.forName("windows-31j")));
        dialogs.answer(file);
        vm.importFile();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notifications).singleElement().asString()
                .contains("追加 1 日", "名前の変更 0 日", "2027年〜2028年の 2 日");
        assertThat(vm.summaryProperty().get()).startsWith("2027年〜2028年の 2 日").contains("syukujitsu.csv");
    }

    @Test
    void aFileInAnotherFormatIsRefusedAndNothingChanges() throws Exception {
        Path file = Files.write(dir.resolve("list.csv"), "date,name\n2028/1/1,元日\n"
                .getBytes(Charset.forName("windows-31j")));
        String before = vm.summaryProperty().get();
        dialogs.answer(file);
        vm.importFile();
        assertThat(dialogs.errors).singleElement().asString().contains("1行目", "祝日は変わっていません");
        assertThat(vm.summaryProperty().get()).isEqualTo(before);
    }
}

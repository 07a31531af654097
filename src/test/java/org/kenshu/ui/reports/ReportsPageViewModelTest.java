package org.kenshu.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.SpreadsheetReaders;
import org.kenshu.model.Progress;
import org.kenshu.service.ReportKind;
import org.kenshu.service.Workspace;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;

class ReportsPageViewModelTest {
    @TempDir
    static Path db;
    static Workspace ws;
    @TempDir
    Path out;
    final FakeDialogs dialogs = new FakeDialogs();
    ReportsPageViewModel vm;

    @BeforeAll
    static void loadTheSampleCity() {
        ws = Workspace.open(db, SpreadsheetReaders::read, TestStore.CLOCK);
        ws.services().sample.load(Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @BeforeEach
    void open() {
        AppState state = new AppState();
        state.fiscalYearProperty().set(2026);
        state.organisationProperty().set(ws.services().organisation.organisation());
        vm = new ReportsPageViewModel(ws.services().reports, ws.services().exports,
                new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString())), dialogs, state);
        vm.refresh();
    }

    private void select(ReportKind kind) {
        vm.selected().set(vm.overview().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow());
    }

    @Test
    void thePlanIsSavedUnderAJapaneseNameAndTheOfficerIsToldWhere() {
        select(ReportKind.PLAN);
        Path file = out.resolve("計画表.xlsx");
        dialogs.answer(file);
        vm.export();
        assertThat(dialogs.suggestedNames).containsExactly("令和8年度_年度研修計画表.xlsx");
        assertThat(file).exists();
        assertThat(dialogs.notifications).singleElement().asString().contains("計画表.xlsx");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileNameWithoutTheExtensionGetsIt() {
        select(ReportKind.BUDGET);
        dialogs.answer(out.resolve("経費"));
        vm.export();
        assertThat(out.resolve("経費.xlsx")).exists();
    }

    @Test
    void aSignInSheetWaitsForItsSession() {
        select(ReportKind.SIGNIN);
        assertThat(vm.canExport().get()).isFalse();
        assertThat(vm.hint().get()).contains("日程を選んで");
        vm.options().session().set(vm.options().sessions().getFirst());
        assertThat(vm.canExport().get()).isTrue();
        assertThat(vm.canPreview().get()).isTrue();
        assertThat(vm.hint().get()).isEmpty();
    }

    @Test
    void aTranscriptIsForAStaffNumberOrADepartment() {
        select(ReportKind.TRANSCRIPT);
        assertThat(vm.canExport().get()).isFalse();
        vm.options().byDepartment().set(true);
        vm.options().department().set(vm.options().departments().stream().filter(d -> d.endsWith("人事課"))
                .findFirst().orElseThrow());
        assertThat(vm.canExport().get()).isTrue();
        assertThat(vm.canPreview().get()).isFalse();
        dialogs.answer(out.resolve("履歴.xlsx"));
        vm.export();
        assertThat(out.resolve("履歴.xlsx")).exists();
    }

    @Test
    void thePrintPreviewOpensWithThePlansPages() {
        select(ReportKind.PLAN);
        vm.preview();
        assertThat(dialogs.previews).singleElement()
                .satisfies(p -> assertThat(p.pages().size()).isGreaterThan(5));
    }

    @Test
    void theGoalsReportIsWrittenForTheYearWithoutOptions() {
        select(ReportKind.GOALS);
        assertThat(vm.canExport().get()).isTrue();
        assertThat(vm.canPreview().get()).isFalse();
        dialogs.answer(out.resolve("目標.xlsx"));
        vm.export();
        assertThat(dialogs.suggestedNames).containsExactly("令和8年度_目標達成状況.xlsx");
        assertThat(out.resolve("目標.xlsx")).exists();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theMissingListOffersTheYearsRateGoalsAndIsWrittenForTheChosenOne() {
        select(ReportKind.MISSING);
        assertThat(vm.options().goals()).extracting(g -> g.goal().code()).contains("tier-uptake")
                .doesNotContain("satisfaction");
        assertThat(vm.options().goal().get()).isEqualTo(vm.options().goals().getFirst());
        vm.options().goal().set(null);
        assertThat(vm.canExport().get()).isFalse();
        assertThat(vm.hint().get()).contains("目標を選んで");
        vm.options().goal().set(vm.options().goals().stream().filter(g -> g.goal().code().equals("tier-uptake"))
                .findFirst().orElseThrow());
        assertThat(vm.canExport().get()).isTrue();
        dialogs.answer(out.resolve("未受講者"));
        vm.export();
        assertThat(dialogs.suggestedNames).singleElement().asString().startsWith("令和8年度_未受講者一覧_");
        assertThat(out.resolve("未受講者.xlsx")).exists();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anUnknownStaffNumberIsExplainedAndNoFileIsLeft() {
        select(ReportKind.TRANSCRIPT);
        vm.options().staffNo().set("99999");
        dialogs.answer(out.resolve("x.xlsx"));
        vm.export();
        assertThat(dialogs.errors).singleElement().asString().contains("99999");
        assertThat(out).isEmptyDirectory();
        assertThat(dialogs.notifications).isEmpty();
    }
}

package org.kenshu.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.ImportKind;
import org.kenshu.service.Workspace;
import org.kenshu.service.imports.Column;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;

class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    final FakeDialogs dialogs = new FakeDialogs();
    final List<Runnable> onProgress = new ArrayList<>();
    final AtomicInteger committed = new AtomicInteger();
    ImportWizardViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = WizardCity.open(dir);
        vm = wizard();
    }

    private ImportWizardViewModel wizard() {
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        var wizard = new ImportWizardViewModel(ws.services().imports, tasks, dialogs, LocalDate.of(2026, 11, 21), 2026,
                r -> {
                    r.run();
                    onProgress.forEach(Runnable::run);
                });
        wizard.setOnCommitted(committed::incrementAndGet);
        return wizard;
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private int attendance() {
        return ws.services().info.counts().get("attendance");
    }

    private Path list(String... rows) throws Exception {
        String[] lines = new String[rows.length + 1];
        lines[0] = "職員番号,氏名,研修名,受講日,出欠";
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return WizardCity.csv(dir, "list" + System.nanoTime() + ".csv", lines);
    }

    @Test
    void droppedFilesSuggestTheirKindAndThePreviewWritesNothing() throws Exception {
        vm.start(null, List.of(list("00101,山田 太郎,新任係長研修,2026/5/12,出席", "00102,佐藤 花子,新任係長研修,2026/5/12,欠席")));
        assertThat(vm.options().kindProperty().get()).isEqualTo(ImportKind.ATTENDANCE);
        vm.preview();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(vm.previewModel().countsProperty().get()).contains("読んだ行 2", "追加 2");
        assertThat(vm.canCommitProperty().get()).isTrue();
        assertThat(attendance()).isZero();
        vm.commit();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.DONE);
        assertThat(vm.messageProperty().get()).contains("取込番号");
        assertThat(attendance()).isEqualTo(2);
        assertThat(committed).hasValue(1);
    }

    @Test
    void problemsNameTheirPlaceAndClosestStaffAndBlockTheCommitUntilSkipped() throws Exception {
        vm.start(ImportKind.ATTENDANCE, List.of(list("00101,山田 太郎,新任係長研修,2026/5/12,出席",
                ",山田 太朗,新任係長研修,2026/5/12,出席")));
        vm.preview();
        assertThat(vm.previewModel().problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.row()).isEqualTo("3");
            assertThat(p.column()).isEqualTo("氏名");
            assertThat(p.candidates()).contains("00101 山田 太郎");
            assertThat(p.message()).contains("山田 太朗");
        });
        assertThat(vm.previewModel().headlineProperty().get()).contains("誤りが 1 件");
        assertThat(vm.canCommitProperty().get()).isFalse();
        vm.back();
        vm.options().skipInvalidProperty().set(true);
        vm.preview();
        assertThat(vm.canCommitProperty().get()).isTrue();
        vm.commit();
        assertThat(attendance()).isEqualTo(1);
    }

    @Test
    void conflictsMustBeDecidedAndAllOverwriteTakesTheFile() throws Exception {
        vm.start(ImportKind.ATTENDANCE, List.of(list("00101,山田 太郎,新任係長研修,2026/5/12,欠席")));
        vm.preview();
        vm.commit();
        ImportWizardViewModel again = wizard();
        again.start(ImportKind.ATTENDANCE, List.of(list("00101,山田 太郎,新任係長研修,2026/5/12,出席")));
        again.preview();
        assertThat(again.previewModel().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.conflict().stored()).isEqualTo("欠席");
            assertThat(c.conflict().incoming()).isEqualTo("出席");
            assertThat(c.conflict().subject()).contains("R8.5.12");
        });
        again.commit();
        assertThat(again.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(again.messageProperty().get()).contains("決めていない");
        again.previewModel().decideAll(ConflictRow.Decision.OVERWRITE);
        again.commit();
        assertThat(again.stepProperty().get()).isEqualTo(WizardStep.DONE);
        assertThat(ws.services().attendance.bySession(2026).getFirst().absent()).isZero();
    }

    @Test
    void aHeaderMappedByHandIsReadAfterTheNextPreview() throws Exception {
        Path file = WizardCity.csv(dir, "odd.csv", "識別子,氏名,研修名,受講日,出欠", "00101,,新任係長研修,2026/5/12,出席");
        vm.start(ImportKind.ATTENDANCE, List.of(file));
        vm.preview();
        assertThat(vm.previewModel().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("職員番号も氏名も空欄"));
        MappingRow unknown = vm.previewModel().mappings().stream().filter(r -> r.header().equals("識別子")).findFirst()
                .orElseThrow();
        assertThat(unknown.choiceProperty().get()).isEqualTo(ColumnChoice.IGNORE);
        unknown.choiceProperty().set(new ColumnChoice(Column.EMPLOYEE_NO));
        assertThat(vm.canCommitProperty().get()).isFalse();
        vm.preview(); // 「もう一度確認する」
        assertThat(vm.previewModel().problems()).isEmpty();
        assertThat(vm.previewModel().mappings()).anySatisfy(r -> {
            assertThat(r.header()).isEqualTo("識別子");
            assertThat(r.choiceProperty().get().column()).isEqualTo(Column.EMPLOYEE_NO);
        });
        vm.commit();
        assertThat(attendance()).isEqualTo(1);
    }

    @Test
    void anUnknownExtraColumnIsShownAndCanBeMappedToANote() throws Exception {
        Path file = WizardCity.csv(dir, "extra.csv", "職員番号,研修名,受講日,出欠,メッセージ", "00101,新任係長研修,2026/5/12,出席,①午後から");
        vm.start(ImportKind.ATTENDANCE, List.of(file));
        vm.preview();
        MappingRow extra = vm.previewModel().mappings().stream().filter(r -> r.header().equals("メッセージ")).findFirst()
                .orElseThrow();
        assertThat(extra.choiceProperty().get()).isEqualTo(ColumnChoice.IGNORE);
        extra.choiceProperty().set(new ColumnChoice(Column.NOTE));
        vm.commit(); // a changed mapping is previewed again before anything is written
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(attendance()).isZero();
        vm.commit();
        assertThat(ws.services().attendance.bySession(2026)).isNotEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.DONE);
    }

    @Test
    void cancellingTheCommitLeavesTheDatabaseAsItWas() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            rows.add("00101,山田 太郎,新任係長研修,2026/5/12,出席"); // duplicates: errors, still rows to read
        }
        vm.start(ImportKind.ATTENDANCE, List.of(list(rows.toArray(String[]::new))));
        vm.options().skipInvalidProperty().set(true);
        vm.preview();
        var before = ws.services().info.counts();
        onProgress.add(vm::cancel);
        vm.commit();
        assertThat(vm.messageProperty().get()).contains("中止しました");
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(ws.services().info.counts()).isEqualTo(before);
        assertThat(committed).hasValue(0);
    }

    @Test
    void theMeaningOfTheTriangleIsRememberedForTheNextImport() throws Exception {
        vm.start(ImportKind.ATTENDANCE, List.of(list("00101,山田 太郎,新任係長研修,2026/5/12,△")));
        assertThat(vm.options().triangleProperty().get()).isEqualTo(TriangleChoice.ERROR);
        vm.options().triangleProperty().set(new TriangleChoice(AttendanceMark.LATE));
        vm.preview();
        assertThat(vm.previewModel().problems()).isEmpty();
        ImportWizardViewModel next = wizard();
        next.start(ImportKind.ATTENDANCE, List.of());
        assertThat(next.options().triangleProperty().get().mark()).isEqualTo(AttendanceMark.LATE);
    }

    @Test
    void aPlanNeedsItsFiscalYearAndARosterItsEffectiveDate() throws Exception {
        vm.start(ImportKind.PLAN, List.of(WizardCity.csv(dir, "p.csv", "研修名,日程", "新任係長研修,6/1")));
        assertThat(vm.options().readyProperty().get()).isTrue();
        vm.options().fiscalYearProperty().set(null);
        assertThat(vm.options().readyProperty().get()).isFalse();
        vm.options().kindProperty().set(ImportKind.STAFF);
        vm.options().effectiveDateProperty().set(null);
        assertThat(vm.options().readyProperty().get()).isFalse();
    }
}

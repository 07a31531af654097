package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Assignment;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Staff;

class StaffImportTest {
    @TempDir
    Path dir;
    ImportFixture f;

    static final List<String> HEADER = List.of("職員番号", "氏名", "フリガナ", "所属", "職層", "職種", "採用日", "在職区分");

    @BeforeEach
    void setUp() {
        f = new ImportFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path roster2025() {
        return f.files.file("名簿2025.xlsx", List.of(
                List.of("令和7年4月1日現在 職員名簿"),
                List.of(),
                HEADER,
                List.of("00101", "山田　太郎", "ヤマダ タロウ", "総務部 人事課", "主任", "一般行政", "H27.4.1", "在職"),
                List.of("00102", "佐藤 花子", "サトウ ハナコ", "総務部 人事課", "係長級", "一般行政", "平成22年4月1日", "在職"),
                List.of("00103", "鈴木 一郎", "スズキ イチロウ", "福祉部 保育課", "主事", "保育士", "2024/4/1", "育休"),
                List.of("合計", "3人")));
    }

    @Test
    void aFirstRosterCreatesStaffDepartmentsAndAssignmentsFromTheEffectiveDate() {
        ImportResult r = f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2025, 4, 1)),
                roster2025());
        assertThat(r.errors()).isEmpty();
        assertThat(r.committed()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.created()).isEqualTo(3);
        Staff yamada = f.store.repos.staff.findByEmployeeNo("00101").orElseThrow();
        assertThat(yamada.name()).isEqualTo("山田 太郎");
        assertThat(yamada.hiredOn()).isEqualTo(LocalDate.of(2015, 4, 1));
        List<Assignment> history = f.store.repos.assignments.findByStaff(yamada.id());
        assertThat(history).singleElement().satisfies(a -> assertThat(a.validFrom()).isEqualTo(LocalDate.of(2025, 4, 1)));
        assertThat(f.store.repos.departments.findAll()).extracting(d -> d.name())
                .containsExactlyInAnyOrder("総務部", "人事課", "福祉部", "保育課");
        long suzuki = f.store.repos.staff.findByEmployeeNo("00103").orElseThrow().id();
        assertThat(f.store.repos.absences.findByStaff(suzuki)).hasSize(1);
    }

    @Test
    void reimportingTheSameRosterCreatesNothing() {
        var options = ImportOptions.defaults().withEffectiveDate(LocalDate.of(2025, 4, 1));
        f.run(ImportKind.STAFF, options, roster2025());
        var before = f.snapshot();
        ImportResult again = f.run(ImportKind.STAFF, options, roster2025());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.batchId()).isNull();
        assertThat(again.warnings()).anySatisfy(w -> assertThat(w.message()).contains("同じ内容"));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aTransferOrPromotionAddsHistoryAndNeverOverwritesIt() {
        f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2025, 4, 1)), roster2025());
        Path roster2026 = f.files.file("名簿2026.csv", List.of(HEADER,
                List.of("101", "山田 太郎", "", "総務部 人事課", "係長", "", "", "在職"),
                List.of("00103", "鈴木 一郎", "", "", "", "", "", "在職")));
        ImportResult r = f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)),
                roster2026);
        assertThat(r.errors()).isEmpty();
        assertThat(r.updated()).isEqualTo(2);
        Staff yamada = f.store.repos.staff.findByEmployeeNo("00101").orElseThrow();
        List<Assignment> history = f.store.repos.assignments.findByStaff(yamada.id());
        assertThat(history).extracting(Assignment::validFrom)
                .containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1));
        assertThat(history.get(1).promotedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(history.get(1).jobCategoryId()).as("a blank cell keeps the stored value")
                .isEqualTo(history.get(0).jobCategoryId());
        assertThat(yamada.kana()).as("a blank cell never erases").isEqualTo("ヤマダ タロウ");
        long suzuki = f.store.repos.staff.findByEmployeeNo("00103").orElseThrow().id();
        assertThat(f.store.repos.absences.findByStaff(suzuki).getFirst().endOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("00102"));
    }

    @Test
    void anUnknownTierRejectsTheWholeFileUnlessAskedToCreateIt() {
        Path file = f.files.file("名簿.xlsx", List.of(HEADER,
                List.of("00201", "高橋 次郎", "", "市民部 市民課", "参事", "一般行政", "", "在職"),
                List.of("00202", "田中 三郎", "", "市民部 市民課", "主任", "一般行政", "", "在職")));
        var before = f.snapshot();
        ImportResult rejected = f.run(ImportKind.STAFF, ImportOptions.defaults(), file);
        assertThat(rejected.committed()).isFalse();
        assertThat(rejected.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("職層");
            assertThat(e.message()).contains("参事");
            assertThat(e.file()).isEqualTo("名簿.xlsx");
        });
        assertThat(f.snapshot()).isEqualTo(before);

        var create = new ImportOptions(false, false, null, null, null, true, false, null, false, null, null);
        ImportResult created = f.run(ImportKind.STAFF, create, file);
        assertThat(created.committed()).isTrue();
        assertThat(f.store.repos.tiers.findAll()).extracting(t -> t.name()).contains("参事");
    }

    @Test
    void skipInvalidCommitsTheValidRowsAndListsTheRest() {
        Path file = f.files.file("名簿.xlsx", List.of(HEADER,
                List.of("00201", "高橋 次郎", "", "市民部", "参事", "一般行政", "", "在職"),
                List.of("00202", "田中 三郎", "", "市民部", "主任", "一般行政", "昨日", "在職")));
        var skip = new ImportOptions(false, true, null, null, null, false, false, null, false, null, null);
        ImportResult r = f.run(ImportKind.STAFF, skip, file);
        assertThat(r.committed()).isTrue();
        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).hasSize(2);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(f.store.repos.staff.count()).isZero();
    }

    @Test
    void aDifferentNameIsAConflictTheOfficerDecides() {
        f.run(ImportKind.STAFF, ImportOptions.defaults(), roster2025());
        Path renamed = f.files.file("改姓.xlsx", List.of(HEADER,
                List.of("00102", "高橋 花子", "", "", "", "", "", "")));
        ImportResult rejected = f.run(ImportKind.STAFF, ImportOptions.defaults(), renamed);
        assertThat(rejected.committed()).isFalse();
        assertThat(rejected.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.stored()).isEqualTo("佐藤 花子");
            assertThat(c.incoming()).isEqualTo("高橋 花子");
        });
        String key = rejected.conflicts().getFirst().key();
        ImportResult taken = f.run(ImportKind.STAFF, ImportOptions.defaults().withDecisions(java.util.Map.of(key, true)),
                renamed);
        assertThat(taken.committed()).isTrue();
        assertThat(f.store.repos.staff.findByEmployeeNo("00102").orElseThrow().name()).isEqualTo("高橋 花子");
    }

    @Test
    void staffMissingFromAFullRosterLeaveOnlyWhenAsked() {
        f.run(ImportKind.STAFF, ImportOptions.defaults(), roster2025());
        Path partial = f.files.file("名簿2026.xlsx", List.of(HEADER,
                List.of("00101", "山田 太郎", "", "", "", "", "", "")));
        var mark = new ImportOptions(false, false, null, null, LocalDate.of(2026, 4, 1), false, true, null, false, null,
                null);
        ImportResult r = f.run(ImportKind.STAFF, mark, partial);
        assertThat(r.warnings()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(f.store.repos.staff.findByEmployeeNo("00102").orElseThrow().leftOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aRosterWithoutJobCategoriesUpdatesStaffWhoseAssignmentHasNone() {
        Path first = f.files.file("a.csv", List.of(List.of("職員番号", "氏名", "職層"), List.of("00101", "山田 太郎", "主任")));
        f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2025, 4, 1)), first);
        Path promoted = f.files.file("b.csv", List.of(List.of("職員番号", "氏名", "職層"), List.of("00101", "山田 太郎", "係長級")));
        ImportResult r = f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)), promoted);
        assertThat(r.errors()).isEmpty();
        assertThat(r.updated()).isEqualTo(1);
    }

    @Test
    void aFileWithoutARosterHeaderReportsNobodyAsMissing() {
        f.run(ImportKind.STAFF, ImportOptions.defaults(), roster2025());
        ImportResult r = f.run(ImportKind.STAFF, ImportOptions.defaults(),
                f.files.file("plan.xlsx", List.of(List.of("研修名", "日程"), List.of("接遇研修", "5/12"))));
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("見出し行"));
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("載っていません"));
    }
}

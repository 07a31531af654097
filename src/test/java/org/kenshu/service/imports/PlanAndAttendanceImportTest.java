package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.sheet.MergedRegion;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;

class PlanAndAttendanceImportTest {
    @TempDir
    Path dir;
    ImportFixture f;
    static final ImportOptions FY2026 = ImportOptions.defaults().withFiscalYear(2026);

    @BeforeEach
    void setUp() {
        f = new ImportFixture(dir);
        f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)),
                f.files.file("名簿.xlsx", List.of(
                        List.of("職員番号", "氏名", "フリガナ", "所属", "職層", "職種"),
                        List.of("00101", "山田 太郎", "ヤマダ タロウ", "総務部 人事課", "係長級", "一般行政"),
                        List.of("00102", "佐藤 花子", "サトウ ハナコ", "市民部 市民課", "係長級", "一般行政"),
                        List.of("00103", "鈴木 一郎", "スズキ イチロウ", "福祉部 保育課", "主任級", "保育士"),
                        List.of("00104", "山田 太郎", "ヤマダ タロウ", "建設部 道路課", "主事", "一般行政"))));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path plan() {
        return f.files.file("令和8年度研修計画.xlsx", new FakeFiles.Sheet("計画",
                List.of(new MergedRegion(1, 1, 0, 8)), List.of(
                        List.of("令和8年度 職員研修計画"),
                        List.of(),
                        List.of("研修名", "回", "研修区分", "対象職層", "日程", "会場", "講師", "定員", "研修機関"),
                        List.of("新任係長研修", "第1回", "階層別研修", "係長級", "5/12～5/13", "大会議室", "人事課", "30名", "人事課"),
                        List.of("新任係長研修", "第2回", "階層別研修", "係長級", "6/3、6/10", "大会議室", "人事課", "30", "人事課"),
                        List.of("情報セキュリティ研修", "", "eラーニング", "全職員", "7/1～7/31", "", "", "", "外部研修機関"),
                        List.of("※日程は変更になることがあります"))));
    }

    @Test
    void aPlanCreatesCoursesSessionsAndTheirDays() {
        ImportResult r = f.run(ImportKind.PLAN, FY2026, plan());
        assertThat(r.errors()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.created()).isEqualTo(3);
        Course kakaricho = f.store.repos.courses.findByName("新任係長研修").orElseThrow();
        var plan = f.store.repos.plans.findByFiscalYear(2026).orElseThrow();
        List<Session> sessions = f.store.repos.sessions.findByPlanAndCourse(plan.id(), kakaricho.id());
        assertThat(sessions).extracting(Session::sessionNo).containsExactly(1, 2);
        assertThat(sessions.getFirst().capacity()).isEqualTo(30);
        assertThat(f.store.repos.sessionDays.findBySession(sessions.get(0).id())).extracting(SessionDay::heldOn)
                .containsExactly(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13));
        assertThat(f.store.repos.sessionDays.findBySession(sessions.get(1).id())).extracting(SessionDay::heldOn)
                .containsExactly(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 10));
        Course security = f.store.repos.courses.findByName("情報セキュリティ研修").orElseThrow();
        Session eLearning = f.store.repos.sessions.findByPlanAndCourse(plan.id(), security.id()).getFirst();
        assertThat(f.store.repos.sessionDays.findBySession(eLearning.id())).hasSize(1);
        assertThat(eLearning.periodEnd()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(f.run(ImportKind.PLAN, FY2026, plan()).created()).isZero();
    }

    @Test
    void aChangedVenueIsAConflictAndRejectWritesNothing() {
        f.run(ImportKind.PLAN, FY2026, plan());
        Path moved = f.files.file("計画修正.xlsx", List.of(
                List.of("研修名", "回", "日程", "会場"),
                List.of("新任係長研修", "1", "5/12～5/13", "研修センター")));
        var before = f.snapshot();
        ImportResult rejected = f.run(ImportKind.PLAN, FY2026, moved);
        assertThat(rejected.committed()).isFalse();
        assertThat(rejected.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.stored()).isEqualTo("大会議室");
            assertThat(c.incoming()).isEqualTo("研修センター");
        });
        assertThat(f.snapshot()).isEqualTo(before);
        var overwrite = new ImportOptions(false, false, ConflictPolicy.OVERWRITE, null, null, false, false, 2026, false,
                null, null);
        assertThat(f.run(ImportKind.PLAN, overwrite, moved).updated()).isEqualTo(1);
    }

    private Path nominations() {
        return f.files.file("指名.xlsx", List.of(
                List.of("職員番号", "氏名", "所属", "研修名", "実施日"),
                List.of("00101", "山田 太郎", "総務部 人事課", "新任係長研修", "2026/5/12"),
                List.of("00102", "佐藤 花子", "市民部 市民課", "新任係長研修", "R8.6.3")));
    }

    @Test
    void nominationsBecomeEnrollmentsInTheSessionOfTheirDate() {
        f.run(ImportKind.PLAN, FY2026, plan());
        ImportResult r = f.run(ImportKind.NOMINATIONS, ImportOptions.defaults(), nominations());
        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(2);
        assertThat(f.store.repos.enrollments.findByFiscalYear(2026)).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EnrollmentKind.NOMINATED);
            assertThat(e.sessionId()).isNotNull();
        });
    }

    @Test
    void aSignInSheetWithTitleCellsRecordsAttendanceAndWalkIns() {
        f.run(ImportKind.PLAN, FY2026, plan());
        f.run(ImportKind.NOMINATIONS, ImportOptions.defaults(), nominations());
        Path signIn = f.files.file("出席簿.xlsx", List.of(
                List.of("令和8年度 新任係長級研修 出席簿"),
                List.of("実施日：令和8年5月12日"),
                List.of(),
                List.of("No.", "職員番号", "氏名", "所属", "出欠", "備考"),
                List.of("1", "00101", "山田 太郎", "総務部 人事課", "○", ""),
                List.of("2", "00103", "鈴木 一郎", "福祉部 保育課", "遅刻", "指名外"),
                List.of("3", "", "", "", "", ""),
                List.of("", "", "合計", "", "2", "")));
        ImportResult r = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), signIn);
        assertThat(r.errors()).isEmpty();
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.created()).isEqualTo(2);
        long suzuki = f.store.repos.staff.findByEmployeeNo("00103").orElseThrow().id();
        assertThat(f.store.repos.enrollments.findByStaff(suzuki)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EnrollmentKind.WALK_IN));
        assertThat(f.store.repos.attendance.findByStaff(suzuki)).singleElement()
                .satisfies(a -> assertThat(a.mark()).isEqualTo(AttendanceMark.LATE));
        assertThat(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), signIn).created()).isZero();
    }

    @Test
    void aMatrixWithOneColumnPerDayRecordsEachDay() {
        f.run(ImportKind.PLAN, FY2026, plan());
        Path matrix = f.files.file("出欠表.xlsx", List.of(
                List.of("令和8年度 新任係長研修 出欠表"),
                List.of("職員番号", "氏名", "5/12", "5月13日"),
                List.of("00101", "山田 太郎", "出", "出"),
                List.of("00102", "佐藤 花子", "出", "欠")));
        ImportResult r = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), matrix);
        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(4);
        long sato = f.store.repos.staff.findByEmployeeNo("00102").orElseThrow().id();
        assertThat(f.store.repos.attendance.findByStaff(sato)).extracting(a -> a.mark())
                .containsExactlyInAnyOrder(AttendanceMark.PRESENT, AttendanceMark.ABSENT);
    }

    @Test
    void aStoredMarkIsNeverOverwrittenWithoutADecision() {
        f.run(ImportKind.PLAN, FY2026, plan());
        Path absent = f.files.file("list1.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00101", "新任係長研修", "2026/5/12", "欠席")));
        Path present = f.files.file("list2.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00101", "新任係長研修", "2026/5/12", "出席")));
        f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), absent);
        ImportResult rejected = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), present);
        assertThat(rejected.committed()).isFalse();
        assertThat(rejected.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.stored()).isEqualTo("欠席");
            assertThat(c.incoming()).isEqualTo("出席");
        });
        var keep = new ImportOptions(false, false, ConflictPolicy.KEEP, null, null, false, false, null, false, null, null);
        ImportResult kept = f.run(ImportKind.ATTENDANCE, keep, present);
        assertThat(kept.committed()).isTrue();
        assertThat(kept.updated()).isZero();
        ImportResult taken = f.run(ImportKind.ATTENDANCE,
                ImportOptions.defaults().withDecisions(Map.of(rejected.conflicts().getFirst().key(), true)), present);
        assertThat(taken.updated()).isEqualTo(1);
        long yamada = f.store.repos.staff.findByEmployeeNo("00101").orElseThrow().id();
        assertThat(f.store.repos.attendance.findByStaff(yamada).getFirst().mark()).isEqualTo(AttendanceMark.PRESENT);
    }

    @Test
    void unknownPeopleCoursesAndDatesAreErrorsNamingTheRowAndCandidates() {
        f.run(ImportKind.PLAN, FY2026, plan());
        Path bad = f.files.file("bad.csv", List.of(List.of("氏名", "研修名", "受講日", "出欠"),
                List.of("山田 太朗", "新任係長研修", "2026/5/12", "出席"),
                List.of("山田 太郎", "新任係長研修", "2026/5/12", "出席"),
                List.of("佐藤 花子", "新任課長研修", "2026/5/12", "出席"),
                List.of("佐藤 花子", "新任係長研修", "2026/5/14", "出席"),
                List.of("佐藤 花子", "新任係長研修", "2026/5/13", "たぶん")));
        ImportResult r = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), bad);
        assertThat(r.committed()).isFalse();
        assertThat(r.errors()).extracting(ImportProblem::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(r.errors().get(0).candidates()).anySatisfy(c -> assertThat(c).contains("山田 太郎"));
        assertThat(r.errors().get(1).message()).contains("複数");
        assertThat(f.store.repos.attendance.count()).isZero();
    }

    @Test
    void anExemptMarkAlsoExemptsTheNomination() {
        f.run(ImportKind.PLAN, FY2026, plan());
        f.run(ImportKind.NOMINATIONS, ImportOptions.defaults(), nominations());
        Path exempt = f.files.file("免除.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠", "備考"),
                List.of("00102", "新任係長研修", "2026/6/3", "免除", "育休のため")));
        f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), exempt);
        long sato = f.store.repos.staff.findByEmployeeNo("00102").orElseThrow().id();
        assertThat(f.store.repos.enrollments.findByStaff(sato).getFirst().status()).isEqualTo(EnrollmentStatus.EXEMPT);
    }

    @Test
    void undoRestoresTheExactPreviousState() {
        f.run(ImportKind.PLAN, FY2026, plan());
        var before = f.snapshot();
        f.run(ImportKind.NOMINATIONS, ImportOptions.defaults(), nominations());
        ImportResult attendance = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(),
                f.files.file("a.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                        List.of("00101", "新任係長研修", "2026/5/12", "出席"),
                        List.of("00103", "新任係長研修", "2026/5/12", "出席"))));
        ImportResult renamed = f.run(ImportKind.STAFF, ImportOptions.defaults().withDecisions(Map.of("staff:00104:name", true)),
                f.files.file("改名.csv", List.of(List.of("職員番号", "氏名"), List.of("00104", "山田 太一"))));
        f.imports.undo(Long.parseLong(renamed.batchId()));
        f.imports.undo(Long.parseLong(attendance.batchId()));
        var nominationsBatch = f.imports.history().stream().filter(b -> b.kind() == ImportKind.NOMINATIONS).findFirst()
                .orElseThrow();
        f.imports.undo(nominationsBatch.id());
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.imports.history()).filteredOn(b -> b.kind() != ImportKind.PLAN && b.kind() != ImportKind.STAFF)
                .allSatisfy(b -> assertThat(b.undone()).isTrue());
    }

    @Test
    void undoTakesOnlyTheBatchsOwnAttendanceRowsAlsoForABatchWithoutAnIdRange() {
        f.run(ImportKind.PLAN, FY2026, plan());
        ImportResult first = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(),
                f.files.file("a1.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                        List.of("00101", "新任係長研修", "2026/5/12", "出席"))));
        ImportResult second = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(),
                f.files.file("a2.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                        List.of("00103", "新任係長研修", "2026/5/13", "出席"))));
        var repos = f.store.repos;
        long day = repos.attendance.findAll().getFirst().sessionDayId();
        long sato = repos.staff.findByEmployeeNo("00102").orElseThrow().id();
        repos.attendance.insert(new org.kenshu.model.Attendance(0, day, sato, AttendanceMark.LATE, null, null, 0));
        var overwrite = new ImportOptions(false, false, ConflictPolicy.OVERWRITE, null, null, false, false, null, false,
                null, null);
        ImportResult corrected = f.run(ImportKind.ATTENDANCE, overwrite, f.files.file("a3.csv", List.of(
                List.of("職員番号", "研修名", "受講日", "出欠"), List.of("00102", "新任係長研修", "2026/5/12", "出席"))));
        List<Long> nothingNew = idRange(corrected);
        assertThat(nothingNew.get(0)).as("nothing inserted: an empty range").isNotNull().isEqualTo(nothingNew.get(1));
        f.imports.undo(Long.parseLong(corrected.batchId()));
        List<Long> oneNew = idRange(first);
        assertThat(oneNew.get(1) - oneNew.get(0)).as("one row inserted").isEqualTo(1);

        f.imports.undo(Long.parseLong(first.batchId()));
        assertThat(repos.attendance.findAll()).extracting(a -> a.mark()).containsExactlyInAnyOrder(
                AttendanceMark.PRESENT, AttendanceMark.LATE);
        // A batch committed before ranges were recorded is found by its id alone.
        var batch = org.kenshu.store.jooq.Tables.IMPORT_BATCH;
        f.store.db.dsl().update(batch).setNull(batch.ATTENDANCE_IDS_AFTER).setNull(batch.ATTENDANCE_IDS_UPTO)
                .where(batch.ID.eq(Long.parseLong(second.batchId()))).execute();
        f.imports.undo(Long.parseLong(second.batchId()));
        assertThat(repos.attendance.findAll()).extracting(a -> a.staffId()).containsExactly(sato);
    }

    private List<Long> idRange(ImportResult r) {
        var batch = org.kenshu.store.jooq.Tables.IMPORT_BATCH;
        var range = f.store.db.dsl().select(batch.ATTENDANCE_IDS_AFTER, batch.ATTENDANCE_IDS_UPTO).from(batch)
                .where(batch.ID.eq(Long.parseLong(r.batchId()))).fetchSingle();
        return java.util.Arrays.asList(range.value1(), range.value2());
    }

    @Test
    void undoIsRefusedWhenALaterImportChangedTheSameRows() {
        f.run(ImportKind.PLAN, FY2026, plan());
        Path absent = f.files.file("a1.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00101", "新任係長研修", "2026/5/12", "欠席")));
        ImportResult first = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), absent);
        var overwrite = new ImportOptions(false, false, ConflictPolicy.OVERWRITE, null, null, false, false, null, false,
                null, null);
        f.run(ImportKind.ATTENDANCE, overwrite, f.files.file("a2.csv", List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00101", "新任係長研修", "2026/5/12", "出席"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.imports.undo(Long.parseLong(first.batchId())))
                .isInstanceOf(ImportUndoException.class).hasMessageContaining("後");
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        var before = f.snapshot();
        ImportResult r = f.run(ImportKind.PLAN, FY2026.withDryRun(true), plan());
        assertThat(r.dryRun()).isTrue();
        assertThat(r.committed()).isFalse();
        assertThat(r.created()).isEqualTo(3);
        assertThat(r.accepted()).isTrue();
        assertThat(f.snapshot()).isEqualTo(before);
    }
}

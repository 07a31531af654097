package org.kenshu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenshu.model.*;

/**
 * Every editable table: insert → read back equal, update → version + 1, and an update from a
 * stale version is refused with the stored row, never written.
 */
class RepositoryRoundTripTest {
    @TempDir
    java.nio.file.Path dir;
    TestStore store;
    Repositories r;

    @BeforeEach
    void open() {
        store = new TestStore(dir);
        r = store.repos;
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** One table: how to make a row (given the ids of the parents), and how to change it. */
    record Case<T extends Versioned>(String table, Function<Repositories, EditableRepository<?, T>> repo,
            Function<Parents, T> make, UnaryOperator<T> change) {
        @Override
        public String toString() {
            return table;
        }
    }

    /** Parent rows every child can point at. */
    record Parents(long tier, long job, long dept, long staff, long category, long competency, long type,
            long provider, long course, long plan, long session, long day, long enrollment, long role, long pillar,
            long direction, long initiative, long goal) {
    }

    static Stream<Case<?>> tables() {
        return Stream.of(
                new Case<>("department", x -> x.departments, p -> Department.root("総務部"),
                        d -> new Department(d.id(), "D1", "総務部 改", null, 2, LocalDate.of(2026, 4, 1), null, null, d.version())),
                new Case<>("tier", x -> x.tiers, p -> Tier.of("T9", "主任級", 9),
                        t -> new Tier(t.id(), t.code(), "主任", 9, "3級", "説明", false, t.version())),
                new Case<>("tier_alias", x -> x.tierAliases, p -> new TierAlias(0, p.tier(), "主任主事", 0),
                        a -> new TierAlias(a.id(), a.tierId(), "主任級主事", a.version())),
                new Case<>("job_category", x -> x.jobCategories, p -> JobCategory.of("J9", "保健師", 3),
                        j -> new JobCategory(j.id(), j.code(), "保健師・看護師", 4, true, j.version())),
                new Case<>("staff", x -> x.staff, p -> Staff.of("09999", "試験 花子", "シケン ハナコ", LocalDate.of(2020, 4, 1)),
                        s -> new Staff(s.id(), s.employeeNo(), "試験 花子", "シケン ハナコ", EmploymentType.REAPPOINTED,
                                s.hiredOn(), LocalDate.of(2027, 3, 31), "定年", "メモ", s.version())),
                new Case<>("assignment", x -> x.assignments,
                        p -> Assignment.of(p.staff(), LocalDate.of(2025, 4, 1), p.dept(), p.tier(), p.job()),
                        a -> new Assignment(a.id(), a.staffId(), a.validFrom(), a.departmentId(), a.tierId(),
                                a.jobCategoryId(), 3, "係長", LocalDate.of(2025, 4, 1), a.version())),
                new Case<>("staff_absence", x -> x.absences,
                        p -> new StaffAbsence(0, p.staff(), AbsenceKind.CHILDCARE_LEAVE, LocalDate.of(2026, 1, 1), null, null, 0),
                        a -> new StaffAbsence(a.id(), a.staffId(), a.kind(), a.startOn(), LocalDate.of(2026, 12, 31), "復帰", a.version())),
                new Case<>("competency_category", x -> x.competencyCategories, p -> CompetencyCategory.of("CC9", "意識・行動", 2),
                        c -> new CompetencyCategory(c.id(), c.code(), c.name(), "説明", 3, c.version())),
                new Case<>("competency", x -> x.competencies, p -> Competency.of(p.category(), "C99", "倫理・責任感", 9),
                        c -> new Competency(c.id(), c.categoryId(), c.code(), c.name(), "公務員としての倫理", 10, c.version())),
                new Case<>("tier_competency", x -> x.tierCompetencies,
                        p -> TierCompetency.of(p.tier(), p.competency(), RequirementLevel.ESSENTIAL),
                        t -> new TierCompetency(t.id(), t.tierId(), t.competencyId(), RequirementLevel.REQUIRED, "説明", t.version())),
                new Case<>("skill_item", x -> x.skillItems,
                        p -> new SkillItem(0, p.job(), "管理・監督職", "A", "業務", null, 1, 0),
                        s -> new SkillItem(s.id(), s.jobCategoryId(), s.positionGroup(), "B", "政策", "説明", 2, s.version())),
                new Case<>("course_type", x -> x.courseTypes, p -> CourseType.of("X9", "その他", "#777777", 9),
                        c -> new CourseType(c.id(), c.code(), "その他研修", "#000000", 10, c.version())),
                new Case<>("provider", x -> x.providers, p -> Provider.of("市町村アカデミー", false),
                        v -> new Provider(v.id(), v.name(), false, "千葉", v.version())),
                new Case<>("course", x -> x.courses, p -> Course.of("新任課長研修", p.type()),
                        c -> new Course(c.id(), "K9", c.name(), c.courseTypeId(), null, DeliveryFormat.ONLINE,
                                new BigDecimal("2.0"), new BigDecimal("12.50"), 30, 5000, EnrollmentMode.APPLICATION, "説明",
                                new TargetRule(Set.of(), Set.of(), 0, 3, 12, null, true), Set.of(), false, c.version())),
                new Case<>("course_alias", x -> x.courseAliases, p -> new CourseAlias(0, p.course(), "新任課長", 0),
                        a -> new CourseAlias(a.id(), a.courseId(), "新任課長級研修", a.version())),
                new Case<>("annual_plan", x -> x.plans, p -> AnnualPlan.draft(2030),
                        a -> new AnnualPlan(a.id(), a.fiscalYear(), PlanStatus.FIXED, 1_000_000L, "確定", a.version())),
                new Case<>("course_session", x -> x.sessions, p -> Session.of(p.plan(), p.course(), 2),
                        s -> new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), "大会議室", null, "外部講師", 30,
                                LocalDate.of(2026, 5, 1), null, SessionStatus.CANCELLED, "中止", s.version())),
                new Case<>("session_day", x -> x.sessionDays, p -> SessionDay.of(p.session(), LocalDate.of(2026, 6, 2)),
                        d -> new SessionDay(d.id(), d.sessionId(), d.heldOn(), LocalTime.of(9, 0), LocalTime.of(17, 0), d.version())),
                new Case<>("enrollment", x -> x.enrollments, p -> Enrollment.nominated(p.course(), 2027, p.staff(), null),
                        e -> new Enrollment(e.id(), e.courseId(), e.fiscalYear(), e.staffId(), e.sessionId(), e.kind(),
                                EnrollmentStatus.EXEMPT, "育休", null, null, e.version())),
                new Case<>("attendance", x -> x.attendance, p -> Attendance.of(p.day(), p.staff(), AttendanceMark.ABSENT),
                        a -> new Attendance(a.id(), a.sessionDayId(), a.staffId(), AttendanceMark.PRESENT, "遅れて連絡", null, a.version())),
                new Case<>("import_batch", x -> x.importBatches,
                        p -> new ImportBatch(0, ImportKind.ATTENDANCE, "出席簿.xlsx", "ab".repeat(32),
                                LocalDateTime.of(2026, 5, 13, 9, 0), "tester", 10, 10, 0, 0, 0, null, false, null, 0),
                        b -> new ImportBatch(b.id(), b.kind(), b.fileName(), b.sha256(), b.importedAt(), b.osUser(), 10, 10,
                                0, 0, 0, null, true, LocalDateTime.of(2026, 5, 14, 9, 0), b.version())),
                new Case<>("training_report", x -> x.trainingReports,
                        p -> new TrainingReport(0, p.enrollment(), LocalDate.of(2026, 6, 1), null, null, null, null, 0),
                        t -> new TrainingReport(t.id(), t.enrollmentId(), t.dueOn(), LocalDate.of(2026, 5, 30), "学んだこと",
                                "活かし方", "共有の仕方", t.version())),
                new Case<>("session_feedback", x -> x.feedback, p -> new SessionFeedback(0, p.session(), 5, 12, "アンケート", 0),
                        f -> new SessionFeedback(f.id(), f.sessionId(), f.rating(), 13, f.source(), f.version())),
                new Case<>("designation_role", x -> x.designationRoles, p -> DesignationRole.of("MENTOR", "メンター", 3),
                        d -> new DesignationRole(d.id(), d.code(), "メンター（若手）", 4, d.version())),
                new Case<>("designation", x -> x.designations, p -> new Designation(0, p.staff(), p.role(), 2026, "1期生", null, null, 0),
                        d -> new Designation(d.id(), d.staffId(), d.roleId(), d.fiscalYear(), "2期生", LocalDate.of(2026, 4, 1), "メモ", d.version())),
                new Case<>("pillar", x -> x.pillars, p -> new Pillar(0, "P9", "人材の確保", 9, 0),
                        v -> new Pillar(v.id(), v.code(), "人材の確保と定着", 9, v.version())),
                new Case<>("direction", x -> x.directions, p -> new Direction(0, p.pillar(), "D9", "採用の工夫", 1, 0),
                        d -> new Direction(d.id(), d.pillarId(), d.code(), "採用の工夫と広報", 2, d.version())),
                new Case<>("initiative", x -> x.initiatives, p -> new Initiative(0, p.direction(), "I9", "評定者研修", null, 1, 0),
                        i -> new Initiative(i.id(), i.directionId(), i.code(), i.name(), "説明", 2, i.version())),
                new Case<>("initiative_year", x -> x.initiativeYears,
                        p -> new InitiativeYear(0, p.initiative(), 2026, "実施", null, 40, null, "名", null, 0),
                        y -> new InitiativeYear(y.id(), y.initiativeId(), y.fiscalYear(), y.planText(), "実施した", 40, 38, "名",
                                "course:1", y.version())),
                new Case<>("goal", x -> x.goals,
                        p -> new Goal(0, "g9", "受講率", GoalKind.UPTAKE, new BigDecimal("0.9000"), null, p.type(), Set.of(),
                                Set.of(), Set.of(), null, true, 2026, 2028, null, null, null, 1, 0),
                        g -> new Goal(g.id(), g.code(), g.name(), g.kind(), new BigDecimal("0.9500"), null, g.courseTypeId(),
                                Set.of(), Set.of(), Set.of(), null, true, 2026, 2028, null, "%", "説明", 1, g.version())),
                new Case<>("goal_year", x -> x.goalYears,
                        p -> new GoalYear(0, p.goal(), 2026, null, null, new BigDecimal("0.8200"), "職員アンケート", 0),
                        y -> new GoalYear(y.id(), y.goalId(), y.fiscalYear(), null, null, new BigDecimal("0.8400"), "再集計", y.version())));
    }

    private Parents parents() {
        long tier = r.tiers.insert(Tier.of("T1", "主事級", 1)).id();
        long job = r.jobCategories.insert(JobCategory.of("J1", "一般行政", 1)).id();
        long dept = r.departments.insert(Department.root("市民部")).id();
        long staff = r.staff.insert(Staff.of("00001", "架空 一郎", "カクウ イチロウ", LocalDate.of(2015, 4, 1))).id();
        long category = r.competencyCategories.insert(CompetencyCategory.of("CC1", "能力", 1)).id();
        long competency = r.competencies.insert(Competency.of(category, "C1", "行政経営能力", 1)).id();
        long type = r.courseTypes.insert(CourseType.of("TIER", "階層別研修", "#4C78A8", 1)).id();
        long provider = r.providers.insert(Provider.of("人事課", true)).id();
        long course = r.courses.insert(Course.of("新規採用職員研修", type)).id();
        long plan = r.plans.insert(AnnualPlan.draft(2026)).id();
        long session = r.sessions.insert(Session.of(plan, course, 1)).id();
        long day = r.sessionDays.insert(SessionDay.of(session, LocalDate.of(2026, 4, 7))).id();
        long enrollment = r.enrollments.insert(Enrollment.nominated(course, 2026, staff, session)).id();
        long role = r.designationRoles.insert(DesignationRole.of("DX_LEADER", "DX推進リーダー", 1)).id();
        long pillar = r.pillars.insert(new Pillar(0, "P1", "柱", 1, 0)).id();
        long direction = r.directions.insert(new Direction(0, pillar, "D1", "方向性", 1, 0)).id();
        long initiative = r.initiatives.insert(new Initiative(0, direction, "I1", "取組", null, 1, 0)).id();
        long goal = r.goals.insert(new Goal(0, "tier-uptake", "階層別研修の受講率", GoalKind.UPTAKE, new BigDecimal("0.9"),
                null, type, Set.of(), Set.of(), Set.of(), null, true, null, null, null, null, null, 1, 0)).id();
        return new Parents(tier, job, dept, staff, category, competency, type, provider, course, plan, session, day,
                enrollment, role, pillar, direction, initiative, goal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    <T extends Versioned> void insertReadUpdateAndStaleUpdate(Case<T> c) {
        EditableRepository<?, T> repo = c.repo().apply(r);
        T made = c.make().apply(parents());
        T inserted = repo.insert(made);
        assertThat(inserted.id()).isPositive();
        assertThat(inserted.version()).isZero();
        assertThat(repo.get(inserted.id())).isEqualTo(inserted);

        T updated = repo.update(c.change().apply(inserted));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated).isNotEqualTo(inserted);
        assertThat(repo.get(inserted.id())).isEqualTo(updated);

        T stale = c.change().apply(inserted); // still version 0
        assertThatThrownBy(() -> repo.update(stale)).isInstanceOfSatisfying(StaleEditException.class,
                e -> assertThat(e.stored()).isEqualTo(updated));
        assertThat(repo.get(inserted.id())).isEqualTo(updated);
    }

    @Test
    void everyTableWithAVersionColumnHasACase() {
        List<String> covered = tables().map(Case::table).toList();
        List<String> versioned = org.kenshu.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> t.field("VERSION") != null)
                .map(t -> t.getName().toLowerCase(java.util.Locale.ROOT))
                .filter(n -> !n.equals("organisation") && !n.equals("app_setting"))
                .toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(versioned);
    }

    @Test
    void theOrganisationRowIsVersionedToo() {
        Organisation saved = r.organisation.save(Organisation.unnamed().withName("さくら台市"));
        assertThat(saved.version()).isZero();
        Organisation renamed = r.organisation.save(saved.withName("さくら台市役所"));
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> r.organisation.save(saved.withName("古い名前")))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(e.stored()).isEqualTo(renamed));
    }

    @Test
    void deleteChecksTheVersionAndRemovesChildRows() {
        Parents p = parents();
        Course course = r.courses.insert(new Course(0, null, "ハラスメント防止研修", p.type(), null, DeliveryFormat.CLASSROOM,
                null, null, null, null, EnrollmentMode.NOMINATION, null, TargetRule.forTiers(Set.of(p.tier())),
                Set.of(p.competency()), false, 0));
        assertThat(r.courses.get(course.id()).target().tierIds()).containsExactly(p.tier());
        Course edited = r.courses.update(course);
        assertThatThrownBy(() -> r.courses.delete(course)).isInstanceOf(StaleEditException.class);
        r.courses.delete(edited);
        assertThat(r.courses.find(course.id())).isEmpty();
    }
}

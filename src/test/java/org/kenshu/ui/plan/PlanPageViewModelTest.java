package org.kenshu.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.Organisation;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Staff;
import org.kenshu.model.TargetRule;
import org.kenshu.service.Services;
import org.kenshu.service.plan.NominationHandling;
import org.kenshu.store.TestStore;
import org.kenshu.ui.common.AppState;
import org.kenshu.ui.common.ConflictChoice;
import org.kenshu.ui.common.FakeDialogs;
import org.kenshu.ui.common.SameThreadTaskRunner;
import org.kenshu.ui.common.UndoStack;

class PlanPageViewModelTest {
    @TempDir
    Path dir;
    TestStore store;
    Services services;
    FakeDialogs dialogs = new FakeDialogs();
    UndoStack undo;
    AppState state = new AppState();
    PlanPageViewModel vm;
    Course newShunin;
    Course manners;

    @BeforeEach
    void open() {
        store = new TestStore(dir);
        services = new Services(store.db, (f, h, p) -> { }, TestStore.CLOCK, "tester");
        state.organisationProperty().set(services.organisation.save(Organisation.unnamed().withName("テスト市")));
        state.fiscalYearProperty().set(2026);
        var tier = services.courseTypes.add("階層別研修", "#1F4E79");
        var special = services.courseTypes.add("特別研修", "#2E7D32");
        newShunin = course("新任主任研修", tier.id());
        manners = course("接遇研修", special.id());
        add(2026, newShunin, "2026-06-09", "2026-06-10");
        add(2026, manners, "2026-06-09");
        add(2026, manners, "2026-07-14");
        var tasks = new SameThreadTaskRunner(e -> dialogs.errors.add(e.toString()));
        undo = new UndoStack(tasks, dialogs);
        vm = new PlanPageViewModel(PlanServices.of(services), tasks, dialogs, state, undo);
        vm.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Course course(String name, long type) {
        return services.courses.save(new Course(0, null, name, type, null, DeliveryFormat.CLASSROOM, null, null, 20,
                null, EnrollmentMode.NOMINATION, null, TargetRule.none(), Set.of(), false, 0), List.of()).course();
    }

    private Session add(int fy, Course c, String... days) {
        return services.sessions.add(fy, Session.of(0, c.id(), 0),
                java.util.Arrays.stream(days).map(LocalDate::parse).toList()).session();
    }

    private List<String> headings() {
        return vm.rows().stream().filter(PlanListRow::isHeading).map(PlanListRow::heading).toList();
    }

    @Test
    void theListIsGroupedByMonthOrByCourse() {
        assertThat(headings()).containsExactly("令和8年6月（2 回）", "令和8年7月（1 回）");
        vm.groupingProperty().set(PlanListRow.Grouping.COURSE);
        assertThat(headings()).containsExactly("新任主任研修（1 回）", "接遇研修（2 回）");
        vm.filterProperty().set("接遇");
        assertThat(headings()).containsExactly("接遇研修（2 回）");
        assertThat(vm.statusProperty().get()).isEqualTo("令和8年度の計画（案）");
    }

    @Test
    void theCalendarHasTwelveMonthsFromAprilWithEachSessionOnItsDaysInItsTypesColour() {
        assertThat(vm.months()).hasSize(12);
        assertThat(vm.months().getFirst().month()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(vm.months().getLast().month()).isEqualTo(YearMonth.of(2027, 3));
        CalendarMonth june = vm.months().get(2);
        assertThat(june.firstColumn()).isEqualTo(1); // 2026-06-01 is a Monday
        var ninth = june.days().get(8);
        assertThat(ninth.chips()).extracting(CalendarMonth.Chip::color).containsExactlyInAnyOrder("#1F4E79", "#2E7D32");
        assertThat(june.days().get(9).chips()).hasSize(1);
        var july = vm.months().get(3);
        assertThat(july.days().get(19).holiday()).isEqualTo("海の日");
        assertThat(vm.months().get(8).days().get(28).holiday()).as("12/29 is in the year-end closure").isNotNull();
    }

    @Test
    void clickingADayWithOneSessionOpensItAndADayWithTwoAsksWhich() {
        vm.openDay(vm.months().get(2).days().get(9));
        assertThat(vm.editor().titleProperty().get()).isEqualTo("新任主任研修 第1回");
        var ninth = vm.months().get(2).days().get(8);
        dialogs.answer(ninth.chips().stream().filter(c -> c.label().equals("接遇研修")).findFirst().orElseThrow());
        vm.openDay(ninth);
        assertThat(vm.editor().titleProperty().get()).isEqualTo("接遇研修 第1回");
    }

    @Test
    void aNewSessionIsAddedAndUndoTakesItAway() {
        vm.addSession();
        SessionForm f = vm.editor().form();
        f.course.set(f.courses.stream().filter(c -> c.course().name().equals("接遇研修")).findFirst().orElseThrow());
        f.dayToAdd.set(LocalDate.of(2026, 9, 8));
        f.addDay();
        f.venue.set("分庁舎 会議室");
        f.capacity.set("30");
        vm.editor().save();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.editor().titleProperty().get()).isEqualTo("接遇研修 第3回");
        assertThat(vm.sessions()).hasSize(4);
        undo.undo();
        assertThat(vm.sessions()).hasSize(3);
    }

    @Test
    void movingASessionOntoAHolidayShowsUpAmongTheWarnings() {
        vm.openSession(vm.sessions().stream().filter(s -> s.course().equals("接遇研修") && s.sessionNo() == 2)
                .findFirst().orElseThrow().sessionId());
        vm.editor().form().days.setAll(LocalDate.of(2026, 7, 20));
        assertThat(vm.editor().isOffDay(LocalDate.of(2026, 7, 20))).isTrue();
        vm.editor().save();
        assertThat(vm.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("海の日"));
        assertThat(vm.warningsTitleProperty().get()).isEqualTo("確認事項 (1)");
    }

    @Test
    void aFixedPlanAsksBeforeAChangeAndNothingChangesWhenTheOfficerSaysNo() {
        dialogs.answer(true);
        vm.toggleFixed();
        assertThat(services.annualPlans.plan(2026).orElseThrow().status()).isEqualTo(PlanStatus.FIXED);
        vm.openSession(vm.sessions().getFirst().sessionId());
        vm.editor().form().venue.set("別の会場");
        dialogs.answer(false);
        vm.editor().save();
        assertThat(services.sessions.detail(vm.sessions().getFirst().sessionId()).session().venue()).isNull();
        dialogs.answer(true);
        vm.editor().save();
        assertThat(services.sessions.detail(vm.sessions().getFirst().sessionId()).session().venue()).isEqualTo("別の会場");
    }

    @Test
    void aSessionChangedElsewhereIsShownBesideTheOfficersValues() {
        long id = vm.sessions().getFirst().sessionId();
        vm.openSession(id);
        var stored = services.sessions.detail(id);
        Session s = stored.session();
        services.sessions.update(new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), "別画面の会場", null, null,
                s.capacity(), null, null, SessionStatus.PLANNED, null, s.version()), stored.days());
        vm.editor().form().venue.set("わたしの会場");
        dialogs.answer(ConflictChoice.TAKE_STORED);
        vm.editor().save();
        assertThat(dialogs.conflicts).singleElement()
                .satisfies(fields -> assertThat(fields.getFirst().stored()).isEqualTo("別画面の会場"));
        assertThat(vm.editor().form().venue.get()).isEqualTo("別画面の会場");
    }

    @Test
    void cancellingASessionWithNominationsAsksWhatToDoAndCanMoveThem() {
        long first = vm.sessions().stream().filter(s -> s.course().equals("接遇研修") && s.sessionNo() == 1)
                .findFirst().orElseThrow().sessionId();
        long second = vm.sessions().stream().filter(s -> s.course().equals("接遇研修") && s.sessionNo() == 2)
                .findFirst().orElseThrow().sessionId();
        Staff person = store.repos.staff.insert(Staff.of("09001", "試験 一郎", null, LocalDate.of(2020, 4, 1)));
        store.repos.enrollments.insert(Enrollment.nominated(manners.id(), 2026, person.id(), first));
        vm.refresh();
        vm.openSession(first);
        dialogs.answer(NominationHandling.MOVE);
        dialogs.answer(services.cancellations.moveTargets(services.sessions.detail(first).session()).getFirst());
        vm.editor().cancelSession();
        assertThat(vm.editor().cancelledProperty().get()).isTrue();
        assertThat(services.sessions.detail(second).nominations()).isEqualTo(1);
        undo.undo();
        assertThat(services.sessions.detail(first).session().status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(services.sessions.detail(first).nominations()).isEqualTo(1);
    }

    @Test
    void copyingLastYearAsksBeforeReplacingAndReportsTheWarnings() {
        add(2025, manners, "2025-07-21");
        state.fiscalYearProperty().set(2027);
        vm.refresh();
        assertThat(vm.hasPlanProperty().get()).isFalse();
        state.fiscalYearProperty().set(2026);
        vm.refresh();
        dialogs.answer(false);
        vm.copyLastYear();
        assertThat(vm.sessions()).hasSize(3);
        dialogs.answer(true);
        vm.copyLastYear();
        assertThat(vm.sessions()).hasSize(1);
        assertThat(dialogs.notifications).anyMatch(n -> n.contains("確認事項は 1 件"));
        assertThat(vm.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("海の日"));
    }

    @Test
    void theCurriculumAndCoverageTabsLoadForTheSelectedYear() {
        vm.curriculum().refresh();
        assertThat(vm.curriculum().curriculumProperty().get().columns()).hasSize(2);
        assertThat(vm.curriculum().captionProperty().get()).contains("令和8年度", "研修 2 件");
        vm.coverage().refresh();
        assertThat(vm.coverage().gapsProperty().get()).contains("能力体系がまだありません");
    }
}

package org.kenshu.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenshu.service.plan.PlanFixture.d;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.PlanStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.service.RefusedException;
import org.kenshu.service.plan.checks.PlanWarning;
import org.kenshu.service.plan.checks.PlanWarningKind;

class YearCopyServiceTest {
    @TempDir
    Path dir;
    PlanFixture city;
    Course newShunin;

    @BeforeEach
    void open() {
        city = new PlanFixture(dir);
        newShunin = city.course("新任主任研修", city.shunin);
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void everySessionMovesToTheSameWeekdayOfTheSameWeekWithItsDetails() {
        Session may = city.sessions.add(2025, new Session(0, 0, newShunin.id(), 0, "本庁舎 第1会議室", null, "講師 花子",
                24, d("2025-04-25"), null, SessionStatus.PLANNED, "昼食持参", 0),
                List.of(d("2025-05-13"), d("2025-05-14"))).session();
        city.session(2025, newShunin, "本庁舎 第1会議室", d("2026-03-05"));
        CopyResult result = city.copy.copy(2025, 2026, false, false);
        assertThat(result.createdSessionIds()).hasSize(2);
        assertThat(result.planCreated()).isTrue();
        Session copied = city.repos.sessions.get(result.createdSessionIds().getFirst());
        assertThat(city.days(copied.id())).containsExactly(d("2026-05-12"), d("2026-05-13"));
        assertThat(copied.venue()).isEqualTo(may.venue());
        assertThat(copied.instructorName()).isEqualTo("講師 花子");
        assertThat(copied.capacity()).isEqualTo(24);
        assertThat(copied.note()).isEqualTo("昼食持参");
        assertThat(copied.applicationDeadline()).isEqualTo(d("2026-04-24"));
        assertThat(city.days(result.createdSessionIds().get(1))).containsExactly(d("2027-03-04"));
        assertThat(city.plans.plan(2026).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aWeekThatDoesNotExistNextYearFallsToTheLastSuchWeekday() {
        city.session(2025, newShunin, "研修室", d("2025-09-29"));
        CopyResult result = city.copy.copy(2025, 2026, false, false);
        assertThat(city.days(result.createdSessionIds().getFirst())).containsExactly(d("2026-09-28"));
    }

    @Test
    void aMondayThatBecomesAHolidayIsCopiedAndThenFlagged() {
        // 2025-09-22 is the 4th Monday of September; in 2026 the 4th Monday is 9/28, a working day,
        // but 2025-09-15 (3rd Monday, 敬老の日 itself) maps onto 2026-09-21 (敬老の日) and is flagged.
        city.session(2025, newShunin, "研修室", d("2025-09-15"));
        CopyResult result = city.copy.copy(2025, 2026, false, false);
        assertThat(city.days(result.createdSessionIds().getFirst())).containsExactly(d("2026-09-21"));
        assertThat(result.warnings()).extracting(PlanWarning::kind).contains(PlanWarningKind.HOLIDAY);
        assertThat(result.warnings()).extracting(PlanWarning::message).anyMatch(m -> m.contains("敬老の日"));
    }

    @Test
    void eLearningPeriodsKeepTheirCalendarDates() {
        Course online = city.course("情報セキュリティ eラーニング", DeliveryFormat.E_LEARNING, java.util.Set.of());
        city.sessions.add(2025, new Session(0, 0, online.id(), 0, null, null, null, null, null, d("2025-06-30"),
                SessionStatus.PLANNED, null, 0), List.of(d("2025-06-01")));
        CopyResult result = city.copy.copy(2025, 2026, false, false);
        Session copied = city.repos.sessions.get(result.createdSessionIds().getFirst());
        assertThat(city.days(copied.id())).containsExactly(d("2026-06-01"));
        assertThat(copied.periodEnd()).isEqualTo(d("2026-06-30"));
    }

    @Test
    void cancelledSessionsAndRetiredCoursesAreLeftOut() {
        Session cancelled = city.session(2025, newShunin, "研修室", d("2025-06-10"));
        city.cancellations.cancel(cancelled, NominationHandling.KEEP, null);
        Course old = city.course("旧研修", city.shuji);
        city.session(2025, old, "研修室", d("2025-07-08"));
        city.courses.setRetired(city.repos.courses.get(old.id()), true);
        city.session(2025, newShunin, "研修室", d("2025-11-11"));
        CopyResult result = city.copy.copy(2025, 2026, false, false);
        assertThat(result.createdSessionIds()).hasSize(1);
        assertThat(result.skippedCancelled()).isEqualTo(1);
        assertThat(result.skippedRetired()).isEqualTo(1);
    }

    @Test
    void aYearWithSessionsIsReplacedOnlyWhenAskedAndOnlyWhenNothingRefersToThem() {
        city.session(2025, newShunin, "研修室", d("2025-06-10"));
        Session existing = city.session(2026, newShunin, "研修室", d("2026-06-16"));
        assertThatThrownBy(() -> city.copy.copy(2025, 2026, false, false))
                .isInstanceOf(RefusedException.class).hasMessageContaining("既に日程が 1 回");
        var person = city.staff("00101", "試験 一郎", city.shunin);
        city.nominate(person, existing, 2026);
        assertThatThrownBy(() -> city.copy.copy(2025, 2026, true, false)).hasMessageContaining("置き換えられません");
        assertThat(city.repos.sessions.findAll()).hasSize(2);
        city.repos.enrollments.findAll().forEach(city.repos.enrollments::delete);
        CopyResult replaced = city.copy.copy(2025, 2026, true, false);
        assertThat(replaced.replaced()).isEqualTo(1);
        assertThat(city.days(replaced.createdSessionIds().getFirst())).containsExactly(d("2026-06-09"));
    }

    @Test
    void aFixedPlanIsNotChangedWithoutTheOfficersConsent() {
        city.session(2025, newShunin, "研修室", d("2025-06-10"));
        city.plans.setStatus(city.plan(2026), PlanStatus.FIXED);
        assertThatThrownBy(() -> city.copy.copy(2025, 2026, false, false)).hasMessageContaining("確定済み");
        assertThat(city.copy.copy(2025, 2026, false, true).createdSessionIds()).hasSize(1);
    }

    @Test
    void aYearWithoutSessionsCannotBeCopied() {
        assertThatThrownBy(() -> city.copy.copy(2024, 2025, false, false)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> city.copy.copy(2026, 2025, false, false)).isInstanceOf(RefusedException.class);
    }
}

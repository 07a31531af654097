package org.kenshu.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.plan.PlanFixture.d;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Course;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentKind;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.Staff;
import org.kenshu.service.plan.checks.PlanWarning;
import org.kenshu.service.plan.checks.PlanWarningKind;

/** Every plan check, each shown firing and not firing. FY2026; "today" is 2026-11-21. */
class PlanChecksTest {
    @TempDir
    Path dir;
    PlanFixture city;
    Course a;
    Course b;

    @BeforeEach
    void open() {
        city = new PlanFixture(dir);
        a = city.course("新任主任研修", city.shunin);
        b = city.course("接遇研修", city.shuji);
    }

    @AfterEach
    void close() {
        city.close();
    }

    private List<PlanWarning> warnings(PlanWarningKind kind) {
        return city.checks.check(2026).stream().filter(w -> w.kind() == kind).toList();
    }

    @Test
    void aDayOnAWeekendIsNamedWithItsWeekday() {
        Session s = city.session(2026, a, "研修室", d("2026-05-16"), d("2026-05-18"));
        assertThat(warnings(PlanWarningKind.WEEKEND)).singleElement().satisfies(w -> {
            assertThat(w.sessionId()).isEqualTo(s.id());
            assertThat(w.date()).isEqualTo(d("2026-05-16"));
            assertThat(w.message()).contains("5月16日(土)", "土曜日");
            assertThat(w.course()).isEqualTo("新任主任研修");
        });
    }

    @Test
    void aNationalHolidayIsNamed() {
        city.session(2026, a, "研修室", d("2026-07-20"));
        city.session(2026, b, "研修室", d("2026-07-21"));
        assertThat(warnings(PlanWarningKind.HOLIDAY)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("海の日"));
    }

    @Test
    void theYearEndClosureComesFromTheOrganisationsSettings() {
        city.session(2026, a, "研修室", d("2026-12-28"));
        city.session(2026, b, "研修室", d("2027-01-04"));
        assertThat(warnings(PlanWarningKind.YEAR_END_CLOSURE)).isEmpty();
        Organisation o = city.organisation.organisation();
        city.organisation.save(new Organisation(o.name(), o.preset(), o.eraDisplay(), o.fiscalYearStartMonth(),
                "12-28", "01-04", true, true, 5, o.version()));
        assertThat(warnings(PlanWarningKind.YEAR_END_CLOSURE)).hasSize(2);
    }

    @Test
    void twoSessionsInOneVenueOnOneDayClashWhateverTheSpacingOfTheName() {
        Session first = city.session(2026, a, "本庁舎 第1会議室", d("2026-06-09"));
        Session second = city.session(2026, b, "本庁舎　第１会議室", d("2026-06-09"));
        city.session(2026, b, "本庁舎 第2会議室", d("2026-06-09"));
        assertThat(warnings(PlanWarningKind.VENUE_CLASH)).singleElement().satisfies(w -> {
            assertThat(w.sessionId()).isEqualTo(first.id());
            assertThat(w.otherSessionId()).isEqualTo(second.id());
            assertThat(w.message()).contains("接遇研修 第1回", "6月9日(火)");
        });
    }

    @Test
    void aMorningAndAnAfternoonInOneVenueDoNotClash() {
        Session am = city.session(2026, a, "研修室", d("2026-06-09"));
        Session pm = city.session(2026, b, "研修室", d("2026-06-09"));
        setTimes(am, "09:00", "12:00");
        setTimes(pm, "13:00", "17:00");
        assertThat(warnings(PlanWarningKind.VENUE_CLASH)).isEmpty();
        setTimes(pm, "11:00", "17:00");
        assertThat(warnings(PlanWarningKind.VENUE_CLASH)).hasSize(1);
    }

    @Test
    void anInstructorInTwoPlacesOnOneDayIsFlaggedButNotTwiceInOnePlace() {
        city.session(2026, a, "本庁舎", "講師 花子", d("2026-06-09"));
        city.session(2026, b, "分庁舎", "講師　花子", d("2026-06-09"));
        city.session(2026, b, "本庁舎", "講師 花子", d("2026-06-10"));
        city.session(2026, a, "本庁舎", "講師 花子", d("2026-06-10"));
        assertThat(warnings(PlanWarningKind.INSTRUCTOR_CLASH)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("講師 花子", "分庁舎"));
    }

    @Test
    void aPersonNominatedForTwoSessionsAtOnceIsNamed() {
        Session s1 = city.session(2026, a, "本庁舎", d("2026-06-09"), d("2026-06-10"));
        Session s2 = city.session(2026, b, "分庁舎", d("2026-06-10"));
        Session s3 = city.session(2026, b, "分庁舎", d("2026-06-11"));
        Staff both = city.staff("00101", "試験 一郎", city.shunin);
        Staff once = city.staff("00102", "見本 二郎", city.shunin);
        city.nominate(both, s1, 2026);
        city.repos.enrollments.insert(Enrollment.nominated(s2.courseId(), 2026, both.id(), s2.id()));
        city.nominate(once, s1, 2026);
        city.repos.enrollments.insert(Enrollment.nominated(s3.courseId(), 2026, once.id(), s3.id()));
        assertThat(warnings(PlanWarningKind.PERSON_CLASH)).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("試験 一郎").doesNotContain("見本 二郎");
            assertThat(w.date()).isEqualTo(d("2026-06-10"));
        });
    }

    @Test
    void moreEnrolledThanTheCapacityIsOverCapacity() {
        Session s = city.session(2026, a, "研修室", d("2026-06-09"));
        Session small = city.repos.sessions.update(new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(),
                s.venue(), null, null, 2, null, null, SessionStatus.PLANNED, null, s.version()));
        for (int i = 1; i <= 2; i++) {
            city.nominate(city.staff("0010" + i, "職員 " + i, city.shunin), small, 2026);
        }
        assertThat(warnings(PlanWarningKind.OVER_CAPACITY)).isEmpty();
        Staff third = city.staff("00103", "職員 3", city.shunin);
        city.repos.enrollments.insert(new Enrollment(0, a.id(), 2026, third.id(), s.id(), EnrollmentKind.NOMINATED,
                EnrollmentStatus.WAITLISTED, null, null, null, 0));
        assertThat(warnings(PlanWarningKind.OVER_CAPACITY)).as("waitlisted people do not count").isEmpty();
        city.nominate(city.staff("00104", "職員 4", city.shunin), small, 2026);
        assertThat(warnings(PlanWarningKind.OVER_CAPACITY)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("定員 2 人", "3 人", "1 人超過"));
    }

    @Test
    void tooFewApplicantsAfterTheDeadlineOnlyForSessionsNotYetHeld() {
        Session upcoming = withDeadline(city.session(2026, a, "研修室", d("2026-12-08")), "2026-11-20");
        Session open = withDeadline(city.session(2026, a, "研修室", d("2026-12-15")), "2026-11-30");
        Session held = withDeadline(city.session(2026, b, "研修室", d("2026-11-10")), "2026-10-30");
        assertThat(warnings(PlanWarningKind.TOO_FEW_APPLICANTS)).singleElement().satisfies(w -> {
            assertThat(w.sessionId()).isEqualTo(upcoming.id());
            assertThat(w.message()).contains("R8.11.20", "申込は 0 人", "5 人");
        });
        for (int i = 1; i <= 5; i++) {
            city.nominate(city.staff("0020" + i, "申込 " + i, city.shunin), upcoming, 2026);
        }
        assertThat(warnings(PlanWarningKind.TOO_FEW_APPLICANTS)).isEmpty();
        assertThat(open.id()).isNotEqualTo(held.id());
    }

    @Test
    void cancelledSessionsAndELearningPeriodsAreNotChecked() {
        Session s = city.session(2026, a, "研修室", d("2026-05-16"));
        city.cancellations.cancel(s, NominationHandling.KEEP, null);
        Course online = city.course("eラーニング", DeliveryFormat.E_LEARNING, java.util.Set.of());
        city.sessions.add(2026, new Session(0, 0, online.id(), 0, null, null, null, null, null, d("2026-06-30"),
                SessionStatus.PLANNED, null, 0), List.of(d("2026-06-06")));
        assertThat(city.checks.check(2026)).isEmpty();
    }

    @Test
    void aWellPlannedYearHasNoWarnings() {
        city.session(2026, a, "研修室", d("2026-06-09"));
        city.session(2026, b, "研修室", d("2026-06-10"));
        assertThat(city.checks.check(2026)).isEmpty();
        assertThat(city.checks.check(2030)).isEmpty();
    }

    private void setTimes(Session s, String start, String end) {
        for (SessionDay day : city.repos.sessionDays.findBySession(s.id())) {
            city.repos.sessionDays.update(new SessionDay(day.id(), day.sessionId(), day.heldOn(), LocalTime.parse(start),
                    LocalTime.parse(end), day.version()));
        }
    }

    private Session withDeadline(Session s, String deadline) {
        return city.repos.sessions.update(new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(), s.venue(), null,
                null, s.capacity(), d(deadline), null, SessionStatus.PLANNED, null, s.version()));
    }
}

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
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.Enrollment;
import org.kenshu.model.EnrollmentStatus;
import org.kenshu.model.Session;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;
import org.kenshu.service.RefusedException;

class SessionEditServiceTest {
    @TempDir
    Path dir;
    PlanFixture city;
    Course course;

    @BeforeEach
    void open() {
        city = new PlanFixture(dir);
        course = city.course("新任主任研修", city.shunin);
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void aNewSessionIsNumberedAfterTheOthersAndTakesTheCoursesCapacity() {
        city.session(2026, course, "研修室", d("2026-06-09"));
        SessionDetail second = city.sessions.add(2026, Session.of(0, course.id(), 0), List.of(d("2026-07-14"),
                d("2026-07-14"), d("2026-07-15")));
        assertThat(second.session().sessionNo()).isEqualTo(2);
        assertThat(second.session().capacity()).isEqualTo(20);
        assertThat(second.days()).containsExactly(d("2026-07-14"), d("2026-07-15"));
        assertThat(second.fiscalYear()).isEqualTo(2026);
    }

    @Test
    void daysOutsideTheFiscalYearOrNoDaysAtAllAreRefused() {
        assertThatThrownBy(() -> city.sessions.add(2026, Session.of(0, course.id(), 0), List.of(d("2027-04-01"))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("令和8年度");
        assertThatThrownBy(() -> city.sessions.add(2026, Session.of(0, course.id(), 0), List.of()))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void movingASessionChangesItsDaysAndAnInstructorOnTheStaffHasNoOutsideName() {
        Session s = city.session(2026, course, "研修室", d("2026-06-09"));
        Staff teacher = city.staff("00101", "講師 一郎", city.shunin);
        SessionDetail moved = city.sessions.update(new Session(s.id(), s.planId(), s.courseId(), s.sessionNo(),
                " 分庁舎  大会議室 ", teacher.id(), "外部の名前", 30, null, null, SessionStatus.PLANNED, "  ",
                s.version()), List.of(d("2026-06-16"), d("2026-06-17")));
        assertThat(moved.days()).containsExactly(d("2026-06-16"), d("2026-06-17"));
        assertThat(moved.session().venue()).isEqualTo("分庁舎 大会議室");
        assertThat(moved.session().instructorName()).isNull();
        assertThat(moved.instructorDisplay()).isEqualTo("講師 一郎");
        assertThat(moved.session().note()).isNull();
        assertThatThrownBy(() -> city.sessions.update(s, List.of(d("2026-06-09"))))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aDayWithAttendanceRecordedCannotBeRemoved() {
        Session s = city.session(2026, course, "研修室", d("2026-06-09"), d("2026-06-10"));
        Staff p = city.staff("00101", "試験 一郎", city.shunin);
        var day = city.repos.sessionDays.findBySession(s.id()).getFirst();
        city.repos.attendance.insert(Attendance.of(day.id(), p.id(), AttendanceMark.PRESENT));
        assertThatThrownBy(() -> city.sessions.update(s, List.of(d("2026-06-10"), d("2026-06-11"))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("6月9日");
        assertThat(city.days(s.id())).containsExactly(d("2026-06-09"), d("2026-06-10"));
    }

    @Test
    void splittingMovesTheChosenDaysToANewSessionAndMergingPutsThemBack() {
        Session s = city.session(2026, course, "研修室", d("2026-06-09"), d("2026-06-10"), d("2026-06-16"),
                d("2026-06-17"));
        Staff p = city.staff("00101", "試験 一郎", city.shunin);
        city.nominate(p, s, 2026);
        SessionDetail split = city.sessions.split(s, List.of(d("2026-06-16"), d("2026-06-17")));
        assertThat(split.session().sessionNo()).isEqualTo(2);
        assertThat(split.days()).containsExactly(d("2026-06-16"), d("2026-06-17"));
        assertThat(city.days(s.id())).containsExactly(d("2026-06-09"), d("2026-06-10"));
        assertThat(city.repos.enrollments.findBySession(s.id())).hasSize(1);
        assertThatThrownBy(() -> city.sessions.split(city.repos.sessions.get(s.id()), List.of(d("2026-06-09"),
                d("2026-06-10")))).isInstanceOf(RefusedException.class);
        city.sessions.merge(split.session().id(), s.id());
        assertThat(city.days(s.id())).hasSize(4);
        assertThat(city.repos.sessions.findAll()).hasSize(1);
    }

    @Test
    void cancellingKeepsTheSessionAndItsNominationsVisible() {
        Session s = city.session(2026, course, "研修室", d("2026-06-09"));
        Enrollment e = city.nominate(city.staff("00101", "試験 一郎", city.shunin), s, 2026);
        CancelResult result = city.cancellations.cancel(s, NominationHandling.KEEP, null);
        assertThat(result.session().session().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(city.repos.enrollments.get(e.id())).isEqualTo(e);
        assertThat(result.session().nominations()).isEqualTo(1);
    }

    @Test
    void cancellingCanMoveTheNominationsToAnotherSessionAndRestoringBringsThemBack() {
        Session first = city.session(2026, course, "研修室", d("2026-06-09"));
        Session second = city.session(2026, course, "研修室", d("2026-07-14"));
        Enrollment e = city.nominate(city.staff("00101", "試験 一郎", city.shunin), first, 2026);
        assertThat(city.cancellations.moveTargets(first)).extracting(t -> t.session().id())
                .containsExactly(second.id());
        assertThatThrownBy(() -> city.cancellations.cancel(first, NominationHandling.MOVE, first.id()))
                .isInstanceOf(RefusedException.class);
        CancelResult result = city.cancellations.cancel(first, NominationHandling.MOVE, second.id());
        assertThat(city.repos.enrollments.get(e.id()).sessionId()).isEqualTo(second.id());
        SessionDetail restored = city.cancellations.restore(result);
        assertThat(restored.session().status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(city.repos.enrollments.get(e.id()).sessionId()).isEqualTo(first.id());
    }

    @Test
    void cancellingCanCancelTheNominationsWithAReason() {
        Session s = city.session(2026, course, "研修室", d("2026-06-09"));
        Enrollment e = city.nominate(city.staff("00101", "試験 一郎", city.shunin), s, 2026);
        city.cancellations.cancel(s, NominationHandling.CANCEL, null);
        Enrollment after = city.repos.enrollments.get(e.id());
        assertThat(after.status()).isEqualTo(EnrollmentStatus.CANCELLED);
        assertThat(after.statusReason()).isEqualTo("日程の中止");
        assertThat(after.sessionId()).isEqualTo(s.id());
    }

    @Test
    void anUnusedSessionCanBeDeletedButOneWithNominationsCannot() {
        Session used = city.session(2026, course, "研修室", d("2026-06-09"));
        Session unused = city.session(2026, course, "研修室", d("2026-06-10"));
        city.nominate(city.staff("00101", "試験 一郎", city.shunin), used, 2026);
        assertThatThrownBy(() -> city.sessions.delete(List.of(unused.id(), used.id())))
                .isInstanceOf(RefusedException.class);
        assertThat(city.repos.sessions.findAll()).hasSize(2);
        city.sessions.delete(List.of(unused.id()));
        assertThat(city.repos.sessions.findAll()).hasSize(1);
    }
}

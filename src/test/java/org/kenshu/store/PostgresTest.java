package org.kenshu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenshu.model.Assignment;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Attendance;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.Enrollment;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.StaleEditException;
import org.kenshu.model.Staff;

/** The same migrations and repositories on PostgreSQL (a shared server for a city that wants one). */
class PostgresTest {
    static EmbeddedPostgres postgres;
    static Database db;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = Database.openPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        postgres.close();
    }

    @Test
    void everyMigrationRunsAndRepositoriesWorkOnPostgres() {
        assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        var r = new Repositories(db.dsl(), TestStore.CLOCK, "tester");
        Staff staff = r.staff.insert(Staff.of("00001", "架空 一郎", "カクウ イチロウ", LocalDate.of(2015, 4, 1)));
        long type = r.courseTypes.insert(CourseType.of("TIER", "階層別研修", null, 1)).id();
        Course course = r.courses.insert(Course.of("新規採用職員研修", type));
        long plan = r.plans.insert(AnnualPlan.draft(2026)).id();
        long session = r.sessions.insert(Session.of(plan, course.id(), 1)).id();
        long day = r.sessionDays.insert(SessionDay.of(session, LocalDate.of(2026, 4, 7))).id();
        r.attendance.insertAll(java.util.List.of(Attendance.of(day, staff.id(), AttendanceMark.PRESENT)));
        assertThat(r.attendance.findHeldBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).hasSize(1);
        Staff renamed = r.staff.update(new Staff(staff.id(), staff.employeeNo(), "架空 一朗", staff.kana(),
                staff.employmentType(), staff.hiredOn(), null, null, null, staff.version()));
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> r.staff.update(staff)).isInstanceOf(StaleEditException.class);
        assertThat(new TableCounts(db.dsl()).all()).containsEntry("staff", 1).containsEntry("attendance", 1);
    }

    /** Rolled back at the end, so the other test's counts stay as they are. */
    @Test
    void bulkReadsAndManyEnrollmentsAtOnceWorkOnPostgres() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            var r = new Repositories(db.dsl(), TestStore.CLOCK, "tester");
            Staff staff = r.staff.insert(Staff.of("00002", "架空 二郎", null, LocalDate.of(2016, 4, 1)));
            r.assignments.insert(Assignment.of(staff.id(), LocalDate.of(2016, 4, 1), null, null, null));
            long type = r.courseTypes.insert(CourseType.of("SPECIAL", "特別研修", null, 2)).id();
            Course course = r.courses.insert(Course.of("接遇研修", type));
            var bulk = new BulkReads(db);
            assertThat(bulk.staff()).extracting(Staff::employeeNo).contains("00002");
            assertThat(bulk.assignments()).anyMatch(a -> a.staffId() == staff.id() && a.tierId() == null);
            assertThat(bulk.coursesWithTargets()).extracting(Course::name).contains("接遇研修");
            var ids = r.enrollments.insertAll(List.of(Enrollment.nominated(course.id(), 2026, staff.id(), null)));
            assertThat(ids).hasSize(1);
            assertThat(r.enrollments.deleteUnchanged(ids)).isEqualTo(1);
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class);
    }

    private static final class RolledBack extends RuntimeException {
    }
}

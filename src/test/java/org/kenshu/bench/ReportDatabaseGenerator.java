package org.kenshu.bench;

import static org.kenshu.store.jooq.Tables.ENROLLMENT;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Assignment;
import org.kenshu.model.Attendance;
import org.kenshu.model.AttendanceMark;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.Department;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;
import org.kenshu.model.Tier;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * A database for the report benchmark: a fictional city of 5,000 staff and a 令和8年度 plan of 40 courses ×
 * 10 one-day sessions × 250 nominated people = 100,000 nominations, each with its attendance mark. Names are
 * generated (no real people); the seed is fixed.
 *
 * <pre>ReportDatabaseGenerator DATA_FOLDER</pre>
 */
public final class ReportDatabaseGenerator {
    static final int STAFF = 5_000;
    static final int COURSES = 40;
    static final int SESSIONS_PER_COURSE = 10;
    static final int PER_SESSION = 250;
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"};
    private static final String[] GIVEN = {"翔太", "陽菜", "大輝", "美咲", "健一", "由美子", "拓海", "彩", "聡", "恵"};
    private static final String[] KANA_F = {"さとう", "すずき", "たかはし", "たなか", "いとう", "わたなべ", "やまもと",
        "なかむら", "こばやし", "かとう"};

    private ReportDatabaseGenerator() {
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        try (Database db = Database.openEmbedded(new DataFolder(Path.of(args[0])))) {
            Repositories repos = new Repositories(db.dsl(), java.time.Clock.systemDefaultZone(), "bench");
            db.inTransaction(() -> generate(db, repos, random));
        }
    }

    private static void generate(Database db, Repositories repos, Random random) {
        repos.organisation.save(Organisation.unnamed().withName("ベンチ市"));
        CourseType type = repos.courseTypes.insert(CourseType.of(CourseType.TIER, "階層別研修", null, 1));
        Tier tier = repos.tiers.insert(Tier.of("T1", "主事・主事補級", 1));
        Department parent = repos.departments.insert(Department.root("総務部"));
        List<Department> sections = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sections.add(repos.departments.insert(Department.child("第" + i + "課", parent.id())));
        }
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            int f = random.nextInt(FAMILY.length);
            int g = random.nextInt(GIVEN.length);
            Staff s = repos.staff.insert(Staff.of(String.format("%05d", i + 1), FAMILY[f] + " " + GIVEN[g],
                    KANA_F[f], LocalDate.of(2010, 4, 1)));
            repos.assignments.insert(Assignment.of(s.id(), LocalDate.of(2010, 4, 1),
                    sections.get(i % sections.size()).id(), tier.id(), null));
            staff.add(s);
        }
        AnnualPlan plan = repos.plans.insert(AnnualPlan.draft(2026));
        LocalDate day = LocalDate.of(2026, 4, 6);
        List<Object[]> enrollments = new ArrayList<>();
        List<Attendance> attendance = new ArrayList<>();
        for (int c = 0; c < COURSES; c++) {
            Course course = repos.courses.insert(Course.of("ベンチ研修" + (c + 1), type.id()));
            for (int s = 0; s < SESSIONS_PER_COURSE; s++) {
                Session session = repos.sessions.insert(new Session(0, plan.id(), course.id(), s + 1, "本庁舎 大会議室",
                        null, "人事課", PER_SESSION, null, null, org.kenshu.model.SessionStatus.PLANNED, null, 0));
                day = nextWeekday(day.plusDays(1));
                if (day.isAfter(LocalDate.of(2027, 3, 20))) {
                    day = LocalDate.of(2026, 4, 6);
                }
                SessionDay sd = repos.sessionDays.insert(SessionDay.of(session.id(), day));
                for (int p = 0; p < PER_SESSION; p++) {
                    Staff person = staff.get((c * 2_500 + s * PER_SESSION + p) % STAFF);
                    enrollments.add(new Object[] {course.id(), person.id(), session.id()});
                    AttendanceMark mark = random.nextInt(20) == 0 ? AttendanceMark.ABSENT : AttendanceMark.PRESENT;
                    attendance.add(Attendance.of(sd.id(), person.id(), mark));
                }
            }
        }
        for (int from = 0; from < enrollments.size(); from += 1000) {
            var insert = db.dsl().insertInto(ENROLLMENT, ENROLLMENT.COURSE_ID, ENROLLMENT.FISCAL_YEAR,
                    ENROLLMENT.STAFF_ID, ENROLLMENT.SESSION_ID, ENROLLMENT.KIND, ENROLLMENT.STATUS, ENROLLMENT.VERSION);
            for (Object[] e : enrollments.subList(from, Math.min(enrollments.size(), from + 1000))) {
                insert = insert.values((Long) e[0], 2026, (Long) e[1], (Long) e[2], "NOMINATED", "ENROLLED", 0);
            }
            insert.execute();
        }
        repos.attendance.insertAll(attendance);
    }

    private static LocalDate nextWeekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}

package org.kenshu.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;

/**
 * A fictional designated city for the goal benchmark: 30,000 staff, 200 課 in 20 部, seven tiers,
 * 60 courses and eleven fiscal years (2016–2026) of plans, nominations (six courses a person a
 * year) and attendance — about three million attendance rows, written with multi-row INSERTs
 * straight into the migrated schema (minutes, not hours). Deterministic (fixed seed). Rows carry explicit ids, so nothing is
 * read back while writing.
 */
final class BigCityGenerator {
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2026;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final int STAFF = 30_000;
    private static final int TIERS = 7;
    private static final int DEPARTMENTS = 20;
    private static final int SECTIONS_PER_DEPARTMENT = 10;
    private static final int TIER_COURSES = 12;
    private static final int OTHER_COURSES = 48;
    private static final int DIGITAL_COURSE = TIER_COURSES + 1;
    private static final String MARKER = "bench.big-city.v2";
    private final Random random = new Random(20261121);
    private final Connection c;
    private long sessionId;
    private long dayId;
    private long enrollmentId;
    private long attendanceId;
    private long assignmentId;
    private final LocalDate[] hired = new LocalDate[STAFF + 1];
    private final LocalDate[] left = new LocalDate[STAFF + 1];

    private BigCityGenerator(Connection c) {
        this.c = c;
    }

    /** Generates the city into {@code folder} unless a previous run finished doing so (its marker row). */
    static void ensure(DataFolder folder) throws Exception {
        try (Database db = Database.openEmbedded(folder); Connection c = db.dataSource().getConnection()) {
            try (var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM app_setting WHERE setting_key = '" + MARKER + "'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
        }
        deleteContents(folder.root());
        try (Database db = Database.openEmbedded(folder); Connection c = db.dataSource().getConnection()) {
            // One commit per fiscal year: H2 keeps a whole uncommitted transaction's changes around.
            c.setAutoCommit(false);
            new BigCityGenerator(c).generate();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
                s.execute("INSERT INTO app_setting (setting_key, setting_value) VALUES ('" + MARKER + "', 'done')");
            }
            c.commit();
        }
    }

    private static void deleteContents(java.nio.file.Path root) throws java.io.IOException {
        if (java.nio.file.Files.isDirectory(root)) {
            try (var walk = java.nio.file.Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(root))
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private void generate() throws SQLException {
        exec("INSERT INTO organisation (id, name) VALUES (1, 'ベンチ市（架空）')");
        for (int t = 1; t <= TIERS; t++) {
            exec("INSERT INTO tier (id, code, name, rank) VALUES (" + t + ", 'T" + t + "', '職層" + t + "', " + t + ")");
        }
        for (int j = 1; j <= 8; j++) {
            exec("INSERT INTO job_category (id, code, name) VALUES (" + j + ", 'J" + j + "', '職種" + j + "')");
        }
        Rows departments = new Rows("department (id, code, name, parent_id, sort_order)");
        for (int d = 1; d <= DEPARTMENTS; d++) {
            departments.add(d, "'B" + d + "'", "'第" + d + "部'", "NULL", d);
            for (int s = 1; s <= SECTIONS_PER_DEPARTMENT; s++) {
                int id = DEPARTMENTS + (d - 1) * SECTIONS_PER_DEPARTMENT + s;
                departments.add(id, "'K" + id + "'", "'第" + d + "部 第" + s + "課'", d, s);
            }
        }
        departments.flush();
        exec("INSERT INTO course_type (id, code, name) VALUES (1, 'TIER', '階層別研修'), (2, 'SPECIAL', '特別研修')");
        Rows courses = new Rows("course (id, code, name, course_type_id)");
        for (int k = 1; k <= TIER_COURSES + OTHER_COURSES; k++) {
            courses.add(k, "'C" + k + "'", "'研修" + k + "'", k <= TIER_COURSES ? 1 : 2);
        }
        courses.flush();
        staff();
        c.commit();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            year(year);
            c.commit();
        }
        goals();
    }

    private void staff() throws SQLException {
        Rows staff = new Rows("staff (id, employee_no, name, hired_on, left_on)");
        for (int s = 1; s <= STAFF; s++) {
            hired[s] = LocalDate.of(1990 + random.nextInt(36), 4, 1);
            left[s] = random.nextInt(100) < 25 ? LocalDate.of(FIRST_YEAR + random.nextInt(11), 3, 31).plusYears(1)
                    : null;
            if (left[s] != null && !left[s].isAfter(hired[s])) {
                left[s] = null;
            }
            staff.add(s, String.format("'%06d'", s), "'職員 " + s + "'", date(hired[s]), date(left[s]));
        }
        staff.flush();
        // 人事異動 every three to five years, promoted one tier about every third move.
        Rows assignments = new Rows("assignment (id, staff_id, valid_from, department_id, tier_id, job_category_id)");
        for (int s = 1; s <= STAFF; s++) {
            LocalDate from = hired[s];
            int t = 1;
            while (from.isBefore(TODAY)) {
                assignments.add(++assignmentId, s, date(from), DEPARTMENTS + 1 + random.nextInt(200), t,
                        1 + random.nextInt(8));
                from = from.plusYears(3 + random.nextInt(3));
                t = Math.min(TIERS, t + (random.nextInt(3) == 0 ? 1 : 0));
            }
        }
        assignments.flush();
    }

    private void year(int year) throws SQLException {
        exec("INSERT INTO annual_plan (id, fiscal_year, status) VALUES (" + year + ", " + year + ", 'FIXED')");
        List<List<Planned>> sessionsOf = new ArrayList<>();
        Rows sessions = new Rows("course_session (id, plan_id, course_id, session_no, capacity)");
        Rows days = new Rows("session_day (id, session_id, held_on)", sessions);
        sessionsOf.add(List.of());
        for (int k = 1; k <= TIER_COURSES + OTHER_COURSES; k++) {
            int count = k <= TIER_COURSES ? 13 : 25;
            int length = k <= TIER_COURSES ? 2 : k == DIGITAL_COURSE ? 1 : 1 + random.nextInt(3);
            List<Planned> list = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                sessions.add(++sessionId, year, k, n, 100);
                LocalDate on = weekday(LocalDate.of(year, 4, 10).plusDays(random.nextInt(340)));
                long[] dayIds = new long[length];
                for (int d = 0; d < length; d++) {
                    on = weekday(d == 0 ? on : on.plusDays(1));
                    days.add(++dayId, sessionId, date(on));
                    dayIds[d] = dayId;
                }
                list.add(new Planned(sessionId, dayIds, on));
            }
            sessionsOf.add(list);
        }
        sessions.flush();
        days.flush();
        enrollmentsAndAttendance(year, sessionsOf);
    }

    /** A generated session: its id, its days' ids and its last day. */
    private record Planned(long id, long[] dayIds, LocalDate lastDay) {
    }

    private void enrollmentsAndAttendance(int year, List<List<Planned>> sessionsOf) throws SQLException {
        Rows enrollments = new Rows("enrollment (id, course_id, fiscal_year, staff_id, session_id, kind, status)");
        Rows attendance = new Rows("attendance (id, session_day_id, staff_id, mark)");
        LocalDate start = LocalDate.of(year, 4, 1);
        for (int s = 1; s <= STAFF; s++) {
            if (hired[s].isAfter(start) || left[s] != null && left[s].isBefore(start)) {
                continue;
            }
            Set<Integer> taken = new HashSet<>();
            if (random.nextInt(5) == 0) {
                taken.add(1 + random.nextInt(TIER_COURSES));
            }
            if (random.nextInt(4) == 0) {
                taken.add(DIGITAL_COURSE);
            }
            while (taken.size() < 6) {
                taken.add(TIER_COURSES + 1 + random.nextInt(OTHER_COURSES));
            }
            for (int k : taken) {
                List<Planned> options = sessionsOf.get(k);
                Planned session = options.get(random.nextInt(options.size()));
                boolean exempt = random.nextInt(100) < 2;
                String kind = k <= TIER_COURSES ? "'NOMINATED'" : random.nextBoolean() ? "'NOMINATED'" : "'APPLIED'";
                enrollments.add(++enrollmentId, k, year, s, session.id(), kind, exempt ? "'EXEMPT'" : "'ENROLLED'");
                if (!exempt && session.lastDay().isBefore(TODAY)) {
                    for (long day : session.dayIds()) {
                        attendance.add(++attendanceId, day, s, mark());
                    }
                }
            }
        }
        enrollments.flush();
        attendance.flush();
    }

    private String mark() {
        int r = random.nextInt(100);
        return r < 94 ? "'PRESENT'" : r < 97 ? "'ABSENT'" : r < 99 ? "'LATE'" : "'LEFT_EARLY'";
    }

    private void goals() throws SQLException {
        exec("INSERT INTO designation_role (id, code, name) VALUES (1, 'DX_LEADER', 'DX推進リーダー')");
        Rows designations = new Rows("designation (id, staff_id, role_id, fiscal_year, cohort)");
        long id = 0;
        for (int year = 2022; year <= LAST_YEAR; year++) {
            for (int n = 0; n < 40; n++) {
                designations.add(++id, 1 + random.nextInt(STAFF), 1, year, "'" + (year - 2021) + "期生'");
            }
        }
        designations.flush();
        exec("INSERT INTO goal (id, code, name, kind, target_rate, course_type_id) VALUES "
                + "(1, 'tier-uptake', '階層別研修の受講率', 'UPTAKE', 0.9, 1)");
        exec("INSERT INTO goal (id, code, name, kind, target_rate) VALUES "
                + "(2, 'digital-coverage', 'デジタル基礎研修受講率', 'COVERAGE', 0.6)");
        exec("INSERT INTO goal_course (goal_id, course_id) VALUES (2, " + DIGITAL_COURSE + ")");
        exec("INSERT INTO goal (id, code, name, kind, target_count, designation_role_id) VALUES "
                + "(3, 'dx-leaders', 'DX推進リーダーの人数', 'HEADCOUNT', 120, 1)");
        for (int g = 4; g <= 7; g++) {
            exec("INSERT INTO goal (id, code, name, kind, target_rate) VALUES (" + g + ", 'satisfaction-" + g
                    + "', '満足度" + g + "', 'MANUAL', 0.8)");
        }
        exec("ALTER TABLE goal ALTER COLUMN id RESTART WITH 100");
    }

    private static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String date(LocalDate d) {
        return d == null ? "NULL" : "DATE '" + d + "'";
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Collects rows and writes them 1,000 per INSERT (after the rows they refer to, in {@code parent}). */
    private final class Rows {
        private final String table;
        private final Rows parent;
        private final List<String> pending = new ArrayList<>();

        Rows(String table) {
            this(table, null);
        }

        Rows(String table, Rows parent) {
            this.table = table;
            this.parent = parent;
        }

        void add(Object... values) throws SQLException {
            StringJoiner row = new StringJoiner(", ", "(", ")");
            for (Object v : values) {
                row.add(String.valueOf(v));
            }
            pending.add(row.toString());
            if (pending.size() == 1000) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (parent != null) {
                parent.flush();
            }
            if (!pending.isEmpty()) {
                exec("INSERT INTO " + table + " VALUES " + String.join(", ", pending));
                pending.clear();
            }
        }
    }
}

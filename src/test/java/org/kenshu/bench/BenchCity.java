package org.kenshu.bench;

import static org.kenshu.store.jooq.Tables.ASSIGNMENT;
import static org.kenshu.store.jooq.Tables.ATTENDANCE;
import static org.kenshu.store.jooq.Tables.STAFF;
import static org.kenshu.store.jooq.Tables.STAFF_ABSENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.kenshu.model.AnnualPlan;
import org.kenshu.model.Course;
import org.kenshu.model.CourseType;
import org.kenshu.model.DeliveryFormat;
import org.kenshu.model.Department;
import org.kenshu.model.EnrollmentMode;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Organisation;
import org.kenshu.model.Session;
import org.kenshu.model.SessionDay;
import org.kenshu.model.SessionStatus;
import org.kenshu.model.TargetRule;
import org.kenshu.model.Tier;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * A generated designated city for the targets benchmark (fictional, fixed seed): {@code staff} people in
 * 300 sections, seven tiers, six job categories, 50 courses with target rules like the sample city's
 * (tier courses by years of service and 新任, special courses by tier and job, one "not yet completed"),
 * 300 sessions in FY2026, and FY2025 completions of the one course that asks for them. Staff, assignments,
 * leave and attendance are written with multi-row inserts; the rest through the repositories.
 */
final class BenchCity {
    static final int SESSIONS = 300;
    private static final double[] TIER_SHARE = {0.40, 0.25, 0.15, 0.10, 0.06, 0.025, 0.015};
    private static final int[][] YEARS_IN_TIER = {{0, 12}, {6, 20}, {10, 25}, {15, 30}, {18, 32}, {22, 34}, {25, 36}};
    private final Random random = new Random(20260401);
    private final Repositories repos;
    private final DSLContext dsl;
    private final List<Long> tiers = new ArrayList<>();
    private final List<Long> jobs = new ArrayList<>();
    private final List<Long> sections = new ArrayList<>();

    BenchCity(Database db, Repositories repos) {
        this.repos = repos;
        this.dsl = db.dsl();
    }

    void write(int staff) {
        repos.organisation.save(Organisation.unnamed().withName("ベンチ政令市"));
        String[] tierNames = {"主事・主事補級", "主任級", "係長級", "課長補佐級", "課長級", "部次長級", "局長級"};
        for (int t = 0; t < tierNames.length; t++) {
            tiers.add(repos.tiers.insert(Tier.of("T" + t, tierNames[t], t + 1)).id());
        }
        String[] jobNames = {"一般行政", "技術", "保育士", "保健師", "技能労務", "消防"};
        for (int j = 0; j < jobNames.length; j++) {
            jobs.add(repos.jobCategories.insert(JobCategory.of("J" + j, jobNames[j], j)).id());
        }
        for (int b = 0; b < 30; b++) {
            long bureau = repos.departments.insert(Department.root("第" + (b + 1) + "局")).id();
            for (int s = 0; s < 10; s++) {
                sections.add(repos.departments.insert(Department.child("第" + (s + 1) + "課", bureau)).id());
            }
        }
        List<Long> staffIds = writeStaff(staff);
        writeCatalogAndPlans(staffIds);
    }

    private List<Long> writeStaff(int count) {
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new Object[] {String.format("%06d", 100001 + i), "職員 " + i});
        }
        for (int from = 0; from < count; from += 1000) {
            var insert = dsl.insertInto(STAFF, STAFF.EMPLOYEE_NO, STAFF.NAME, STAFF.EMPLOYMENT_TYPE, STAFF.HIRED_ON,
                    STAFF.LEFT_ON, STAFF.VERSION);
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                int tier = tierOf(i, count);
                int[] range = YEARS_IN_TIER[tier];
                int years = range[0] + random.nextInt(range[1] - range[0] + 1);
                LocalDate hired = LocalDate.of(2026 - years, 4, 1);
                LocalDate left = random.nextInt(50) == 0 ? LocalDate.of(2026, 3, 31) : null;
                people.get(i)[1] = new int[] {tier, years};
                insert = insert.values((String) people.get(i)[0], "職員 " + i, "REGULAR", hired, left, 0);
            }
            insert.execute();
        }
        List<Long> ids = dsl.select(STAFF.ID).from(STAFF).orderBy(STAFF.EMPLOYEE_NO).fetch(STAFF.ID);
        writeAssignments(ids, people);
        return ids;
    }

    /** Staff are numbered by tier: the first 40% 主事, and so on. */
    private static int tierOf(int i, int count) {
        double share = (double) i / count;
        double sum = 0;
        for (int t = 0; t < TIER_SHARE.length; t++) {
            sum += TIER_SHARE[t];
            if (share < sum) {
                return t;
            }
        }
        return TIER_SHARE.length - 1;
    }

    private void writeAssignments(List<Long> ids, List<Object[]> people) {
        var rows = new ArrayList<Object[]>();
        var leave = new ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            int[] ty = (int[]) people.get(i)[1];
            long staffId = ids.get(i);
            LocalDate hired = LocalDate.of(2026 - ty[1], 4, 1);
            long job = jobs.get(pick(new double[] {0.6, 0.15, 0.08, 0.04, 0.05, 0.08}));
            long section = sections.get(random.nextInt(sections.size()));
            rows.add(new Object[] {staffId, hired, section, tiers.get(0), job, null});
            if (ty[0] > 0) {
                // promoted into the current tier 0–6 years ago; 1 in 8 on 2026-04-01 (新任)
                int ago = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(6);
                LocalDate promoted = LocalDate.of(Math.max(hired.getYear() + 1, 2026 - ago), 4, 1);
                rows.add(new Object[] {staffId, promoted, section, tiers.get(ty[0]), job, promoted});
            }
            if (random.nextInt(7) == 0 && hired.isBefore(LocalDate.of(2025, 4, 1))) {
                rows.add(new Object[] {staffId, LocalDate.of(2026, 4, 2), sections.get(random.nextInt(sections.size())),
                        tiers.get(ty[0]), job, null});
            }
            if (random.nextInt(50) == 0) {
                leave.add(new Object[] {staffId, "CHILDCARE_LEAVE", LocalDate.of(2025, 10, 1), null});
            } else if (random.nextInt(60) == 0) {
                leave.add(new Object[] {staffId, "SICK_LEAVE", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)});
            }
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            var insert = dsl.insertInto(ASSIGNMENT, ASSIGNMENT.STAFF_ID, ASSIGNMENT.VALID_FROM, ASSIGNMENT.DEPARTMENT_ID,
                    ASSIGNMENT.TIER_ID, ASSIGNMENT.JOB_CATEGORY_ID, ASSIGNMENT.PROMOTED_ON, ASSIGNMENT.VERSION);
            for (Object[] r : rows.subList(from, Math.min(rows.size(), from + 1000))) {
                insert = insert.values((Long) r[0], (LocalDate) r[1], (Long) r[2], (Long) r[3], (Long) r[4],
                        (LocalDate) r[5], 0);
            }
            insert.execute();
        }
        for (int from = 0; from < leave.size(); from += 1000) {
            var insert = dsl.insertInto(STAFF_ABSENCE, STAFF_ABSENCE.STAFF_ID, STAFF_ABSENCE.KIND,
                    STAFF_ABSENCE.START_ON, STAFF_ABSENCE.END_ON, STAFF_ABSENCE.VERSION);
            for (Object[] r : leave.subList(from, Math.min(leave.size(), from + 1000))) {
                insert = insert.values((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], 0);
            }
            insert.execute();
        }
    }

    private int pick(double[] shares) {
        double x = random.nextDouble();
        double sum = 0;
        for (int k = 0; k < shares.length; k++) {
            sum += shares[k];
            if (x < sum) {
                return k;
            }
        }
        return shares.length - 1;
    }

    private void writeCatalogAndPlans(List<Long> staffIds) {
        long tierType = repos.courseTypes.insert(CourseType.of("TIER", "階層別研修", null, 1)).id();
        long special = repos.courseTypes.insert(CourseType.of("SPECIAL", "特別研修", null, 2)).id();
        Set<Long> regular = Set.copyOf(jobs.subList(0, 5));
        List<Course> courses = new ArrayList<>();
        courses.add(course("新規採用職員研修", tierType, 100, rule(Set.of(tiers.get(0)), regular, 0, 0, null, null)));
        courses.add(course("新規採用職員フォローアップ研修", tierType, 100, rule(Set.of(tiers.get(0)), regular, 0, 0, null,
                null)));
        courses.add(course("採用2年目研修", tierType, 60, rule(Set.of(tiers.get(0)), regular, 1, 1, null, null)));
        courses.add(course("採用4年目研修", tierType, 60, rule(Set.of(tiers.get(0)), regular, 3, 3, null, null)));
        for (int t = 1; t < 7; t++) {
            courses.add(course("新任" + t + "級研修", tierType, 60, rule(Set.of(tiers.get(t)), Set.of(), null, null, 12,
                    null)));
        }
        Course compliance = repos.courses.insert(course("コンプライアンス研修", special, 120, TargetRule.none()));
        for (int c = 0; c < 39; c++) {
            int first = random.nextInt(6);
            Set<Long> tierSet = random.nextBoolean() ? Set.of(tiers.get(first)) : Set.of(tiers.get(first),
                    tiers.get(first + 1));
            Set<Long> jobSet = random.nextInt(3) == 0 ? Set.of(jobs.get(random.nextInt(jobs.size()))) : Set.of();
            courses.add(course("特別研修" + (c + 1), special, 30 + 10 * random.nextInt(4),
                    rule(tierSet, jobSet, null, null, null, null)));
        }
        List<Course> stored = new ArrayList<>();
        for (Course c : courses) {
            stored.add(repos.courses.insert(c));
        }
        stored.add(repos.courses.update(new Course(compliance.id(), null, compliance.name(), special, null,
                DeliveryFormat.E_LEARNING, null, null, 3000, null, EnrollmentMode.NOMINATION, null,
                rule(Set.of(), Set.of(), null, null, null, compliance.id()), Set.of(), false, compliance.version())));
        writePlan2026(stored);
        writeCompletions2025(compliance.id(), staffIds);
    }

    private TargetRule rule(Set<Long> tierSet, Set<Long> jobSet, Integer from, Integer to, Integer months,
            Long notCompleted) {
        return new TargetRule(tierSet, jobSet, from, to, months, notCompleted, true);
    }

    private static Course course(String name, long type, int capacity, TargetRule rule) {
        return new Course(0, null, name, type, null, DeliveryFormat.CLASSROOM, null, null, capacity, null,
                EnrollmentMode.NOMINATION, null, rule, Set.of(), false, 0);
    }

    /** 300 sessions: 2–12 per course, on weekdays from May to February. */
    private void writePlan2026(List<Course> courses) {
        long plan = repos.plans.insert(AnnualPlan.draft(2026)).id();
        int made = 0;
        for (int k = 0; made < SESSIONS; k = (k + 1) % courses.size()) {
            Course c = courses.get(k);
            int no = (int) repos.sessions.findByPlanAndCourse(plan, c.id()).size() + 1;
            LocalDate day = LocalDate.of(2026, 5, 1).plusDays(random.nextInt(280));
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            long s = repos.sessions.insert(new Session(0, plan, c.id(), no, "本庁舎", null, null, c.defaultCapacity(),
                    null, c.format() == DeliveryFormat.E_LEARNING ? day.plusDays(30) : null, SessionStatus.PLANNED,
                    null, 0)).id();
            repos.sessionDays.insert(SessionDay.of(s, day));
            made++;
        }
    }

    /** Last year's コンプライアンス研修: a third of the staff completed it, so they are no longer targets. */
    private void writeCompletions2025(long courseId, List<Long> staffIds) {
        long plan = repos.plans.insert(AnnualPlan.draft(2025)).id();
        long session = repos.sessions.insert(new Session(0, plan, courseId, 1, null, null, null, null, null,
                LocalDate.of(2025, 12, 26), SessionStatus.PLANNED, null, 0)).id();
        long day = repos.sessionDays.insert(SessionDay.of(session, LocalDate.of(2025, 6, 2))).id();
        Set<Long> done = new HashSet<>();
        staffIds.forEach(id -> {
            if (random.nextInt(3) == 0) {
                done.add(id);
            }
        });
        List<Long> list = new ArrayList<>(done);
        for (int from = 0; from < list.size(); from += 1000) {
            var insert = dsl.insertInto(ATTENDANCE, ATTENDANCE.SESSION_DAY_ID, ATTENDANCE.STAFF_ID, ATTENDANCE.MARK,
                    ATTENDANCE.VERSION);
            for (Long id : list.subList(from, Math.min(list.size(), from + 1000))) {
                insert = insert.values(day, id, "PRESENT", 0);
            }
            insert.execute();
        }
    }
}

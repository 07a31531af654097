package org.kenshu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fictional mid-sized city the import benchmark runs against: 1,500 staff (numbers 01000–02499,
 * the same names and departments {@link AttendanceWorkbookGenerator} writes), the generator's 14
 * courses, and a plan for fiscal 2026 whose two-day sessions hold every date the planned
 * attendance file uses.
 */
final class ImportBenchCity {
    static final int STAFF = 1_500;
    static final int FISCAL_YEAR = 2026;
    static final String[] FAMILY = {"佐藤", "鈴木", "髙橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部",
        "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本"};
    static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健太", "陽菜", "翔太", "さくら", "大輔", "結衣",
        "拓也", "愛", "直樹", "由美", "誠", "恵", "裕子", "和也", "真由美", "浩二", "吉男", "千尋", "悠斗", "葵"};
    static final String[] DEPARTMENTS = {"総務部 総務課", "総務部 人事課", "企画部 企画政策課", "財政部 財政課",
        "市民部 市民課", "福祉部 高齢福祉課", "福祉部 子育て支援課", "環境部 環境政策課", "都市整備部 道路課",
        "教育委員会 学校教育課", "上下水道局 水道課", "消防本部 警防課", "会計課", "議会事務局"};
    static final String[] COURSES = {"新規採用職員研修", "新任主任研修", "新任係長研修", "新任課長研修", "接遇研修",
        "文書事務研修", "法制執務研修", "財務会計研修", "情報セキュリティ研修", "DX推進リーダー研修", "メンタルヘルス研修",
        "ハラスメント防止研修", "政策形成研修", "人事評価者研修"};
    static final String[] TIERS = {"主事", "主任", "係長", "課長"};
    private static final LocalDate FIRST_DAY = LocalDate.of(FISCAL_YEAR, 4, 1);

    /** One member of staff, always the same for the same index. */
    record Person(String number, String name, String department, String tier) {
    }

    /** One day of one session of a course. */
    record Slot(int course, int sessionNo, LocalDate day) {
    }

    private ImportBenchCity() {
    }

    static Person person(int index) {
        Random r = new Random(index); // the same staff always has the same name and department
        String name = FAMILY[r.nextInt(FAMILY.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
        String department = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
        return new Person(String.format("%05d", 1_000 + index), name, department, TIERS[index % TIERS.length]);
    }

    /**
     * Session days for an attendance file of {@code rows} rows: every course gets two-day sessions,
     * enough of them that no slot needs the same person twice (at most 1,000 people per day).
     */
    static List<Slot> schedule(int rows) {
        int sessionsPerCourse = Math.max(12, (int) Math.ceil(rows / (double) COURSES.length / 1_000 / 2));
        List<Slot> slots = new ArrayList<>();
        for (int c = 0; c < COURSES.length; c++) {
            for (int s = 0; s < sessionsPerCourse; s++) {
                // 5 days apart, shifted per course: 73 distinct starts fit in the year
                LocalDate start = FIRST_DAY.plusDays((c * 3L + s * 5L) % 360);
                slots.add(new Slot(c, s + 1, start));
                slots.add(new Slot(c, s + 1, start.plusDays(1)));
            }
        }
        return slots;
    }

    /** The organisation: tiers, job categories, course types and the 14 courses. */
    static String setupYaml() {
        StringBuilder y = new StringBuilder("""
                organisation: {name: ベンチ市}
                tiers:
                  - {code: SHUJI, name: 主事級, rank: 1}
                  - {code: SHUNIN, name: 主任級, rank: 2}
                  - {code: KAKARICHO, name: 係長級, rank: 3}
                  - {code: KACHO, name: 課長級, rank: 4}
                jobCategories:
                  - {code: GYOSEI, name: 一般行政}
                courseTypes:
                  - {code: TIER, name: 階層別研修}
                  - {code: SPECIAL, name: 特別研修}
                providers:
                  - {name: 人事課, internal: true}
                courses:
                """);
        for (int c = 0; c < COURSES.length; c++) {
            y.append("  - {name: ").append(COURSES[c]).append(", type: ").append(c < 4 ? "TIER" : "SPECIAL").append("}\n");
        }
        return y.toString();
    }
}

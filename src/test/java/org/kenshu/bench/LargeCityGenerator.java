package org.kenshu.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kenshu.model.AbsenceKind;
import org.kenshu.model.Assignment;
import org.kenshu.model.Department;
import org.kenshu.model.JobCategory;
import org.kenshu.model.Staff;
import org.kenshu.model.StaffAbsence;
import org.kenshu.model.Tier;
import org.kenshu.service.Services;
import org.kenshu.store.DataFolder;
import org.kenshu.store.Database;
import org.kenshu.store.Repositories;

/**
 * A fictional designated city (政令市) of N staff for the staff-table benchmark: 入間市's tiers from
 * its preset, 14 部 × 6 課 × 3 係, and staff with generated names, kana, numbers, hire dates,
 * one assignment each, a few on leave and a few who left. Written through the repositories in one
 * transaction; fixed seed, so the same N gives the same city.
 *
 * <pre>LargeCityGenerator DATA_FOLDER [STAFF=30000]</pre>
 */
public final class LargeCityGenerator {
    private static final String[] BUREAUS = {"総務局", "財政局", "市民局", "区政推進局", "こども青少年局", "健康福祉局",
        "環境局", "経済観光局", "都市整備局", "建設局", "港湾局", "消防局", "水道局", "教育委員会事務局"};
    private static final String[] SECTIONS = {"総務課", "企画調整課", "人事課", "施設管理課", "事業推進課", "地域支援課"};
    private static final String[] UNITS = {"庶務係", "調整係", "事業係"};
    private static final String[][] FAMILY = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"},
        {"田中", "タナカ"}, {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"},
        {"小林", "コバヤシ"}, {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"},
        {"山口", "ヤマグチ"}, {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"},
        {"斎藤", "サイトウ"}, {"清水", "シミズ"}, {"長谷川", "ハセガワ"}, {"近藤", "コンドウ"}};
    private static final String[][] GIVEN = {{"大輔", "ダイスケ"}, {"翔太", "ショウタ"}, {"健太", "ケンタ"},
        {"拓也", "タクヤ"}, {"直樹", "ナオキ"}, {"陽子", "ヨウコ"}, {"恵子", "ケイコ"}, {"裕子", "ユウコ"},
        {"美穂", "ミホ"}, {"真由美", "マユミ"}, {"誠", "マコト"}, {"剛", "ツヨシ"}, {"彩", "アヤ"},
        {"花子", "ハナコ"}, {"一郎", "イチロウ"}, {"結衣", "ユイ"}, {"蓮", "レン"}, {"さくら", "サクラ"}};

    private LargeCityGenerator() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int staff = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        long start = System.nanoTime();
        generate(folder, staff);
        System.out.printf("generated %,d staff in %s in %.1f s%n", staff, folder, (System.nanoTime() - start) / 1e9);
    }

    public static void generate(Path folder, int staffCount) {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = Database.openEmbedded(new DataFolder(folder))) {
            new Services(db, (f, h, p) -> { }, clock, "bench").presets.apply("iruma", "ベンチ政令市");
            Repositories repos = new Repositories(db.dsl(), clock, "bench");
            db.inTransaction(() -> write(repos, staffCount));
        }
    }

    private static void write(Repositories repos, int staffCount) {
        Random random = new Random(20261121);
        List<Department> leaves = departments(repos);
        List<Tier> tiers = repos.tiers.findAll();
        List<JobCategory> jobs = repos.jobCategories.findAll();
        for (int i = 0; i < staffCount; i++) {
            String[] f = FAMILY[random.nextInt(FAMILY.length)];
            String[] g = GIVEN[random.nextInt(GIVEN.length)];
            LocalDate hired = LocalDate.of(1988 + random.nextInt(38), 4, 1);
            Staff s = repos.staff.insert(Staff.of(String.format("%06d", 100_000 + i * 7), f[0] + " " + g[0],
                    f[1] + " " + g[1], hired));
            int tier = Math.min(tiers.size() - 1, (2026 - hired.getYear()) / 6 + random.nextInt(2));
            repos.assignments.insert(Assignment.of(s.id(), hired, leaves.get(random.nextInt(leaves.size())).id(),
                    tiers.get(tier).id(), jobs.isEmpty() ? null : jobs.get(random.nextInt(jobs.size())).id()));
            if (random.nextInt(40) == 0) {
                repos.absences.insert(new StaffAbsence(0, s.id(), AbsenceKind.CHILDCARE_LEAVE,
                        LocalDate.of(2026, 1 + random.nextInt(9), 1), null, null, 0));
            } else if (random.nextInt(30) == 0) {
                repos.staff.update(s.withLeftOn(LocalDate.of(2026, 3, 31), "退職"));
            }
        }
    }

    /** 局 → 課 → 係; staff are placed in the 係. */
    private static List<Department> departments(Repositories repos) {
        List<Department> units = new ArrayList<>();
        int order = 0;
        for (String bureau : BUREAUS) {
            Department b = repos.departments.insert(new Department(0, null, bureau, null, ++order, null, null, null, 0));
            for (String section : SECTIONS) {
                Department s = repos.departments.insert(new Department(0, null, section, b.id(), ++order, null, null,
                        null, 0));
                for (String unit : UNITS) {
                    units.add(repos.departments.insert(new Department(0, null, unit, s.id(), ++order, null, null, null,
                            0)));
                }
            }
        }
        return units;
    }
}

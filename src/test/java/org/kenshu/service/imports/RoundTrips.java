package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kenshu.model.Attendance;
import org.kenshu.model.ImportKind;
import org.kenshu.model.SessionDay;
import org.kenshu.model.Staff;

/**
 * A small city read from real files: 30 fictional staff (00101–00130, among them 髙橋 一郎), and a
 * fiscal-2026 plan: 新任係長研修 第1回 on 5/12–5/13 and 第2回 on 6/3, 接遇研修 on 7/1. Round-trip
 * tests import a file written with POI or Commons CSV and compare what was stored.
 */
final class RoundTrips {
    static final String[] FAMILY = {"山田", "佐藤", "髙橋", "鈴木", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"};
    static final String[] GIVEN = {"太郎", "花子", "一郎"};
    static final LocalDate MAY12 = LocalDate.of(2026, 5, 12);
    static final LocalDate MAY13 = LocalDate.of(2026, 5, 13);
    static final LocalDate JUNE3 = LocalDate.of(2026, 6, 3);

    private RoundTrips() {
    }

    /** 00101 山田 太郎, 00102 佐藤 太郎, 00103 髙橋 太郎 … 00111 山田 花子 … */
    static String number(int i) {
        return String.format("%05d", 101 + i);
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + GIVEN[i / FAMILY.length];
    }

    /** Loads the roster and the plan through the real readers. */
    static ImportFixture city(Path dir) {
        ImportFixture f = ImportFixture.real(dir);
        List<List<Object>> roster = new ArrayList<>();
        roster.add(List.of("職員番号", "氏名", "所属", "職層", "職種"));
        for (int i = 0; i < 30; i++) {
            roster.add(List.of(number(i), name(i), "総務部 人事課", i % 2 == 0 ? "主任級" : "係長級", "一般行政"));
        }
        accepted(f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)),
                RealFiles.xlsx(dir.resolve("roster.xlsx"), false, RealFiles.Sheet.of("名簿", roster))));
        accepted(f.run(ImportKind.PLAN, ImportOptions.defaults().withFiscalYear(2026),
                RealFiles.xlsx(dir.resolve("plan.xlsx"), false, RealFiles.Sheet.of("計画", List.of(
                        List.of("研修名", "回", "研修区分", "日程", "会場"),
                        List.of("新任係長研修", "第1回", "階層別研修", "5/12～5/13", "大会議室"),
                        List.of("新任係長研修", "第2回", "階層別研修", "6/3", "大会議室"),
                        List.of("接遇研修", "", "特別研修", "7/1", "研修室"))))));
        return f;
    }

    static ImportResult accepted(ImportResult r) {
        assertThat(r.errors()).as("errors").isEmpty();
        assertThat(r.accepted()).as("accepted").isTrue();
        return r;
    }

    /** Stored attendance as 「00101 2026-05-12」 → 「PRESENT 備考」, for comparing with what a file said. */
    static Map<String, String> attendance(ImportFixture f) {
        Map<Long, String> staff = new java.util.HashMap<>();
        for (Staff s : f.store.repos.staff.findAll()) {
            staff.put(s.id(), s.employeeNo());
        }
        Map<Long, LocalDate> days = new java.util.HashMap<>();
        for (SessionDay d : f.store.repos.sessionDays.findAll()) {
            days.put(d.id(), d.heldOn());
        }
        Map<String, String> result = new TreeMap<>();
        for (Attendance a : f.store.repos.attendance.findAll()) {
            result.put(staff.get(a.staffId()) + " " + days.get(a.sessionDayId()),
                    a.mark().name() + (a.note() == null ? "" : " " + a.note()));
        }
        return result;
    }
}

package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.imports.RoundTrips.accepted;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.model.Department;
import org.kenshu.model.ImportKind;
import org.kenshu.model.Staff;

/** Rosters written as real files: every full date form, separate 部 and 課 columns, .xls as well as .xlsx. */
class RosterRoundTripTest {
    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void setUp() {
        f = ImportFixture.real(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyWrittenDateFormAndBothSerialSystemsGiveTheHireDate() {
        Object[][] forms = {{"2019-04-30", "2019-04-30"}, {"2019/4/30", "2019-04-30"}, {"２０１９／４／３０", "2019-04-30"},
            {"2019年4月30日", "2019-04-30"}, {"H31.4.30", "2019-04-30"}, {"H31/4/30", "2019-04-30"},
            {"平成31年4月30日", "2019-04-30"}, {"平成31年5月1日", "2019-05-01"}, {"令和元年5月1日", "2019-05-01"},
            {"R1.5.1", "2019-05-01"}, {"令和8年4月1日", "2026-04-01"}, {"R8.4.1", "2026-04-01"}, {"r8/4/1", "2026-04-01"},
            {"S64.1.7", "1989-01-07"}, {"昭和64年1月7日", "1989-01-07"}, {"4月1日(水)", null},
            {LocalDate.of(2015, 4, 1), "2015-04-01"}, {42095, "2015-04-01"}, {"42095", "2015-04-01"}};
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("職員番号", "氏名", "採用日"));
        for (int i = 0; i < forms.length; i++) {
            rows.add(List.of(String.format("%05d", 201 + i), "試験 " + i, forms[i][0]));
        }
        ImportResult r = f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)),
                RealFiles.xlsx(dir.resolve("dates.xlsx"), false, RealFiles.Sheet.of("名簿", rows)));
        // a month and day alone carries no year: the one error, on its own row and column
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2 + 15);
            assertThat(e.column()).isEqualTo("採用日");
        });
        var stored = f.store.repos.staff.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(Staff::employeeNo, s -> String.valueOf(s.hiredOn())));
        assertThat(stored).isEmpty(); // rejected: nothing written
        ImportResult skipping = f.run(ImportKind.STAFF, new ImportOptions(false, true, null, null,
                LocalDate.of(2026, 4, 1), false, false, null, false, null, null),
                RealFiles.xlsx(dir.resolve("dates2.xlsx"), false, RealFiles.Sheet.of("名簿", rows)));
        assertThat(skipping.created()).isEqualTo(forms.length - 1);
        for (int i = 0; i < forms.length; i++) {
            var s = f.store.repos.staff.findByEmployeeNo(String.format("%05d", 201 + i));
            if (forms[i][1] == null) {
                assertThat(s).isEmpty();
            } else {
                assertThat(s.orElseThrow().hiredOn()).as("%s", forms[i][0]).isEqualTo(LocalDate.parse((String) forms[i][1]));
            }
        }
    }

    @Test
    void a1904WorkbookGivesTheSameDatesInXlsAndXlsx() {
        for (String name : List.of("mac.xlsx", "mac.xls")) {
            List<List<Object>> rows = List.of(List.of("職員番号", "氏名", "採用日"),
                    List.of(name.endsWith("x") ? "00301" : "00302", "旧 マック", LocalDate.of(2010, 4, 1)),
                    List.of(name.endsWith("x") ? "00303" : "00304", "新 マック", 38807)); // 2010-04-01 in 1904 days
            Path file = name.endsWith("x") ? RealFiles.xlsx(dir.resolve(name), true, RealFiles.Sheet.of("名簿", rows))
                    : RealFiles.xls(dir.resolve(name), true, RealFiles.Sheet.of("名簿", rows));
            accepted(f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)), file));
        }
        assertThat(f.store.repos.staff.findAll()).extracting(Staff::hiredOn).containsOnly(LocalDate.of(2010, 4, 1))
                .hasSize(4);
    }

    @Test
    void separateDivisionAndSectionColumnsBuildTheDepartmentTree() {
        Path file = RealFiles.xls(dir.resolve("roster.xls"), false, RealFiles.Sheet.of("名簿", List.of(
                List.of("職員番号", "氏名", "部", "課", "職層"),
                List.of("00101", "山田 太郎", "総務部", "人事課", "主任"),
                List.of("00102", "佐藤 花子", "総務部", "総務課", "係長級"),
                List.of("00103", "鈴木 一郎", "福祉部", "保育課", "主事"))));
        accepted(f.run(ImportKind.STAFF, ImportOptions.defaults().withEffectiveDate(LocalDate.of(2026, 4, 1)), file));
        List<Department> all = f.store.repos.departments.findAll();
        Department soumu = all.stream().filter(d -> d.name().equals("総務部")).findFirst().orElseThrow();
        assertThat(soumu.parentId()).isNull();
        assertThat(all).filteredOn(d -> soumu.id() == (d.parentId() == null ? -1 : d.parentId()))
                .extracting(Department::name).containsExactlyInAnyOrder("人事課", "総務課");
        assertThat(all).extracting(Department::name).containsExactlyInAnyOrder("総務部", "人事課", "総務課", "福祉部", "保育課");
    }
}

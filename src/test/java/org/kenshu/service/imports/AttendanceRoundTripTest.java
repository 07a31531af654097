package org.kenshu.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenshu.service.imports.RoundTrips.MAY12;
import static org.kenshu.service.imports.RoundTrips.MAY13;
import static org.kenshu.service.imports.RoundTrips.accepted;
import static org.kenshu.service.imports.RoundTrips.attendance;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenshu.model.ImportKind;

/** Every attendance layout and encoding, written as a real file and read back through the pipeline. */
class AttendanceRoundTripTest {
    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void city() {
        f = RoundTrips.city(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static final List<List<Object>> LIST = List.of(
            List.of("職員番号", "氏名", "研修名", "受講日", "出欠", "備考"),
            List.of("00101", "山田 太郎", "新任係長研修", MAY12, "出席", ""),
            List.of("00103", "髙橋 太郎", "新任係長研修", MAY12, "遅刻", "①日目 10分遅れ"),
            List.of("00101", "山田 太郎", "新任係長研修", MAY13, "欠席", "㈱研修センター～午後"));

    private static final Map<String, String> LIST_STORED = Map.of(
            "00101 2026-05-12", "PRESENT", "00103 2026-05-12", "LATE ①日目 10分遅れ",
            "00101 2026-05-13", "ABSENT ㈱研修センター～午後");

    @Test
    void aListInXlsxWithDateCellsIsStoredAsWritten() {
        accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(),
                RealFiles.xlsx(dir.resolve("list.xlsx"), false, RealFiles.Sheet.of("出欠", LIST))));
        assertThat(attendance(f)).isEqualTo(LIST_STORED);
    }

    @Test
    void aListInXlsIsStoredAsWritten() {
        accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(),
                RealFiles.xls(dir.resolve("list.xls"), false, RealFiles.Sheet.of("出欠", LIST))));
        assertThat(attendance(f)).isEqualTo(LIST_STORED);
    }

    @ParameterizedTest(name = "{0}, BOM {1}, delimiter {2}")
    @CsvSource({"UTF-8, false, ',', list.csv", "UTF-8, true, ',', list.csv", "windows-31j, false, ',', list.csv",
        "UTF-8, false, '\t', list.tsv", "windows-31j, false, '\t', list.txt"})
    void aCsvInEveryEncodingKeepsEveryCharacter(String charset, boolean bom, char delimiter, String name) {
        List<List<String>> rows = LIST.stream().map(r -> r.stream().map(v -> v instanceof java.time.LocalDate d
                ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth() : v.toString()).toList()).toList();
        Path file = RealFiles.csv(dir.resolve(name), Charset.forName(charset), bom, delimiter, rows);
        ImportResult r = accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file));
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(attendance(f)).isEqualTo(LIST_STORED);
    }

    @Test
    void aSignInSheetTakesCourseAndDateFromItsTitleCellsInXlsxAndXls() {
        var sheet = new RealFiles.Sheet("出席簿", List.of(new CellRangeAddress(0, 0, 0, 4)), List.of(
                List.of("令和8年度 新任係長研修 出席簿（第1回）"),
                List.of("実施日：", "令和8年5月13日"),
                List.of(),
                List.of("No.", "職員番号", "氏名", "出欠", "署名"),
                List.of(1, "00102", "佐藤 太郎", "○", "佐藤"),
                List.of(2, "00104", "鈴木 太郎", "×", ""),
                List.of(3),
                List.of("", "", "計", 1)));
        accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), RealFiles.xlsx(dir.resolve("s.xlsx"), false, sheet)));
        ImportResult again = accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(),
                RealFiles.xls(dir.resolve("s.xls"), false, sheet)));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created()).isZero();
        assertThat(attendance(f)).isEqualTo(Map.of("00102 2026-05-13", "PRESENT", "00104 2026-05-13", "ABSENT"));
        assertThat(again.sheets()).singleElement().satisfies(s -> {
            assertThat(s.headerRow()).isEqualTo(4);
            assertThat(s.unmapped()).containsExactly("署名");
        });
    }

    @Test
    void aMatrixReadsDateCellHeadersAndTextDayHeaders() {
        Path file = RealFiles.xlsx(dir.resolve("matrix.xlsx"), false, RealFiles.Sheet.of("出欠表", List.of(
                List.of("令和8年度 新任係長研修 出欠表"),
                List.of("職員番号", "氏名", MAY12, "5月13日(水)", "6/3"),
                List.of("00101", "山田 太郎", "出", "出", ""),
                List.of("00102", "佐藤 太郎", "出", "欠", "出"))));
        ImportResult r = accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file));
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.created()).isEqualTo(5);
        assertThat(attendance(f)).containsEntry("00101 2026-05-12", "PRESENT").containsEntry("00102 2026-05-13", "ABSENT")
                .containsEntry("00102 2026-06-03", "PRESENT").hasSize(5);
        assertThat(r.sheets().getFirst().dayColumns()).hasSize(3);
    }

    @Test
    void eachSheetOfAWorkbookIsRead() {
        Path file = RealFiles.xlsx(dir.resolve("two.xlsx"), false,
                RealFiles.Sheet.of("第1回", List.of(List.of("令和8年度 新任係長研修 出席簿"), List.of("実施日：2026/5/12"),
                        List.of("職員番号", "氏名", "出欠"), List.of("00101", "山田 太郎", "出席"))),
                RealFiles.Sheet.of("第2回", List.of(List.of("令和8年度 新任係長研修 出席簿"), List.of("実施日：R8.6.3"),
                        List.of("職員番号", "氏名", "出欠"), List.of("00102", "佐藤 太郎", "欠席"))));
        ImportResult r = accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file));
        assertThat(r.sheets()).extracting(SheetSummary::sheet).containsExactly("第1回", "第2回");
        assertThat(attendance(f)).isEqualTo(Map.of("00101 2026-05-12", "PRESENT", "00102 2026-06-03", "ABSENT"));
    }

    @Test
    void employeeNumbersMatchInFullWidthAndAsNumberCells() {
        Path file = RealFiles.xlsx(dir.resolve("numbers.xlsx"), false, RealFiles.Sheet.of("出欠", List.of(
                List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("００１０１", "新任係長研修", MAY12, "出席"),
                List.of(102, "新任係長研修", MAY12, "出席"),
                List.of(" 00103 ", "新任係長研修", MAY12, "出席"))));
        accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file));
        assertThat(attendance(f)).containsOnlyKeys("00101 2026-05-12", "00102 2026-05-12", "00103 2026-05-12");
    }

    @Test
    void everyDateFormInAListMeansItsDay() {
        String[] forms = {"2026-05-12", "2026/5/12", "２０２６／５／１２", "2026年5月12日", "R8.5.12", "R8/5/12", "r8.5.12",
            "令和8年5月12日", "令和８年５月１２日", "5/12", "5月12日(火)", "46154"};
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("職員番号", "研修名", "受講日", "出欠"));
        for (int i = 0; i < forms.length; i++) {
            rows.add(List.of(RoundTrips.number(i), "新任係長研修", forms[i], "出席"));
        }
        int serial1900 = forms.length;
        rows.add(List.of(RoundTrips.number(serial1900), "新任係長研修", 46154, "出席")); // a bare serial number cell
        rows.add(List.of(RoundTrips.number(serial1900 + 1), "新任係長研修", MAY12, "出席"));
        ImportResult r = accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults().withFiscalYear(2026),
                RealFiles.xlsx(dir.resolve("forms.xlsx"), false, RealFiles.Sheet.of("出欠", rows))));
        assertThat(r.created()).isEqualTo(forms.length + 2);
        assertThat(attendance(f).keySet()).allSatisfy(k -> assertThat(k).endsWith("2026-05-12"));
    }

    @Test
    void serialsAndDateCellsOfA1904WorkbookMeanTheSameDay() {
        Path file = RealFiles.xlsx(dir.resolve("mac.xlsx"), true, RealFiles.Sheet.of("出欠", List.of(
                List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00101", "新任係長研修", MAY12, "出席"),
                List.of("00102", "新任係長研修", 44692, "出席")))); // 2026-05-12 counted from 1904-01-01
        accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file));
        Path xls = RealFiles.xls(dir.resolve("mac.xls"), true, RealFiles.Sheet.of("出欠", List.of(
                List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00103", "新任係長研修", MAY13, "出席"),
                List.of("00104", "新任係長研修", 44693, "出席"))));
        accepted(f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), xls));
        assertThat(attendance(f).keySet()).containsExactlyInAnyOrder("00101 2026-05-12", "00102 2026-05-12",
                "00103 2026-05-13", "00104 2026-05-13");
    }

    @Test
    void everyMarkMeansWhatSignInSheetsMeanByIt() {
        Object[][] marks = {{"出席", "PRESENT"}, {"出", "PRESENT"}, {"○", "PRESENT"}, {"◯", "PRESENT"}, {"〇", "PRESENT"},
            {"1", "PRESENT"}, {1, "PRESENT"}, {"１", "PRESENT"}, {"✓", "PRESENT"}, {"✔", "PRESENT"}, {"済", "PRESENT"},
            {"受講済", "PRESENT"}, {"欠席", "ABSENT"}, {"欠", "ABSENT"}, {"×", "ABSENT"}, {"✕", "ABSENT"}, {"x", "ABSENT"},
            {"0", "ABSENT"}, {0, "ABSENT"}, {"未受講", "ABSENT"}, {"遅刻", "LATE"}, {"遅", "LATE"}, {"早退", "LEFT_EARLY"},
            {"早", "LEFT_EARLY"}, {"免除", "EXEMPT"}, {"△", "LEFT_EARLY"}};
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("職員番号", "研修名", "受講日", "出欠"));
        Map<String, String> expected = new java.util.TreeMap<>();
        for (int i = 0; i < marks.length; i++) {
            rows.add(List.of(RoundTrips.number(i), "新任係長研修", MAY12, marks[i][0]));
            expected.put(RoundTrips.number(i) + " 2026-05-12", (String) marks[i][1]);
        }
        var options = new ImportOptions(false, false, null, null, null, false, false, null, false,
                org.kenshu.model.AttendanceMark.LEFT_EARLY, null);
        accepted(f.run(ImportKind.ATTENDANCE, options, RealFiles.xlsx(dir.resolve("marks.xlsx"), false,
                RealFiles.Sheet.of("出欠", rows))));
        assertThat(attendance(f)).isEqualTo(expected);
    }

    @Test
    void aTriangleWithoutAMeaningIsAnErrorNamingTheSetting() {
        Path file = RealFiles.csv(dir.resolve("t.csv"), List.of(List.of("職員番号", "研修名", "受講日", "出欠"),
                List.of("00101", "新任係長研修", "2026/5/12", "△")));
        ImportResult r = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file);
        assertThat(r.committed()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("出欠");
            assertThat(e.message()).contains("△");
        });
    }

    @Test
    void undecodableBytesInACsvAreRejectedWithLineAndColumnAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("broken.csv");
        byte[] head = "職員番号,研修名,受講日,出欠\r\n00101,新任係長研修,2026/5/12,".getBytes(StandardCharsets.UTF_8);
        java.nio.file.Files.write(file, concat(head, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x0D, 0x0A}));
        var before = f.snapshot();
        ImportResult r = f.run(ImportKind.ATTENDANCE, ImportOptions.defaults(), file);
        assertThat(r.committed()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("broken.csv");
            assertThat(e.message()).contains("broken.csv", "2行目");
        });
        assertThat(f.snapshot()).isEqualTo(before);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

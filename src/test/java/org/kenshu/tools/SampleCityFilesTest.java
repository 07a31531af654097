package org.kenshu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenshu.io.setup.SetupDocumentReader;
import org.kenshu.model.setup.SetupDocument;
import org.kenshu.tools.SampleFiles.AttendanceRow;
import org.kenshu.tools.SampleFiles.NominationRow;

/** The committed sample city agrees with itself, with the seed's matrix, and with its generator. */
class SampleCityFilesTest {
    static final Path DIR = Path.of("sample-data");
    /** 入間市's table: six columns 主事・主事補級, 主任級, 副主幹・主査級, 主幹級, 課長級, 部長級・次長級. */
    static final String IRUMA_TABLE = """
            行政経営能力 -----◎
            組織管理能力 ----◎◎
            政策形成能力 ---◎◎◎
            危機管理能力 ---◎◎◎
            交渉・調整能力 --◎◎◎◎
            人材育成能力 --◎◎◎○
            目標管理能力 --◎◎◎○
            情報活用能力 -◎◎◎○○
            企画立案能力 -◎◎○○○
            プレゼンテーション能力 -◎◎○○○
            業務管理能力 -◎◎○○○
            コミュニケーション能力 ◎◎◎○○○
            チャレンジ精神 ◎◎○○○○
            課題発見・改善・DX推進能力 ◎◎○○○○
            事務処理能力 ◎○○○○○
            自己管理・啓発能力 ◎○○○○○
            倫理・責任感 ◎○○○○○
            """;
    static final List<String> TIER_ORDER = List.of("SHUJI", "SHUNIN", "SHUSA", "SHUKAN", "KACHO", "JICHO", "BUCHO");

    static SetupDocument setup;
    static SampleFiles files;

    @BeforeAll
    static void read() {
        setup = new SetupDocumentReader().read(DIR.resolve("organisation.yaml"));
        files = new SampleFiles(DIR, setup);
    }

    @Test
    void organisationFileParsesWithTheSeedsTiersCompetenciesAndMatrix() throws IOException {
        assertThat(setup.organisation().name()).isEqualTo("さくら台市");
        assertThat(setup.tiers()).extracting(SetupDocument.TierSpec::code).containsExactlyElementsOf(TIER_ORDER);
        assertThat(setup.courseTypes()).hasSize(8);
        assertThat(setup.courses()).hasSizeBetween(36, 46);
        assertThat(setup.goals()).extracting(SetupDocument.GoalSpec::kind).contains("UPTAKE", "COVERAGE", "MANUAL");
        Map<String, String> expected = table(IRUMA_TABLE.lines().toList(), " ");
        Map<String, String> actual = new HashMap<>();
        for (SetupDocument.CompetencySpec c : setup.competencyCategories().get(0).competencies()) {
            Map<String, String> cells = setup.matrix().getOrDefault(c.code(), Map.of());
            actual.put(c.name(), TIER_ORDER.stream().map(t -> cells.getOrDefault(t, "-")).collect(Collectors.joining()));
        }
        Map<String, String> expected7 = new HashMap<>();
        expected.forEach((name, six) -> expected7.put(name, six + six.charAt(5)));
        assertThat(actual).hasSize(17).isEqualTo(expected7);
        Path seed = Path.of(System.getProperty("kenshu.seeds", "../shared/seeds"), "000_5def96ce85dc4a3c.txt");
        if (Files.exists(seed)) {
            List<String> lines = Files.readAllLines(seed);
            int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("各階層で特に")).findFirst().orElseThrow());
            List<String> rows = lines.subList(start + 1, start + 18);
            assertThat(table(rows, "\t")).isEqualTo(expected);
        }
    }

    /** Competency name → six marks ('-' for blank), from lines "name<sep>marks…". */
    private static Map<String, String> table(List<String> lines, String sep) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split(sep, -1);
            String marks = sep.equals(" ") ? f[1]
                    : Stream.of(f).skip(1).map(s -> s.isBlank() ? "-" : s.strip()).collect(Collectors.joining());
            out.put(f[0].replaceAll("\\s", ""), (marks + "------").substring(0, 6));
        }
        return out;
    }

    @Test
    void rostersHoldAboutSixHundredStaffWithFiveDigitTextNumbers() {
        assertThat(files.roster(2025)).hasSizeBetween(570, 640);
        assertThat(files.roster(2026).values().stream().filter(r -> !r.status().equals("退職"))).hasSizeBetween(570, 640);
        for (int fy : List.of(2025, 2026)) {
            assertThat(files.roster(fy).keySet()).allMatch(no -> no.matches("\\d{5}"));
        }
        assertThat(files.roster(2026).values()).filteredOn(r -> r.status().equals("退職")).hasSizeBetween(18, 26)
                .allMatch(r -> r.left() != null);
        assertThat(files.roster(2026).values()).anyMatch(r -> r.name().startsWith("髙橋"))
                .anyMatch(r -> r.name().startsWith("山﨑"));
    }

    @Test
    void plannedDaysAreBusinessDaysExceptInsideELearningPeriods() {
        for (int fy : List.of(2025, 2026)) {
            assertThat(files.sessionCount(fy)).isBetween(110, 150);
            files.plan(fy).forEach((course, sessions) -> sessions.forEach(days -> {
                boolean period = files.isELearning(course);
                List<LocalDate> checked = period ? List.of(days.get(0), days.get(days.size() - 1)) : days;
                assertThat(checked).as(course).allMatch(SampleCalendar::isBusinessDay)
                        .allMatch(d -> SampleCalendar.fiscalYearOf(d) == fy);
            }));
        }
        assertThat(SampleCalendar.isBusinessDay(LocalDate.of(2026, 5, 12))).isTrue();
        assertThat(Stream.of("2025-12-29", "2026-01-02", "2026-09-22", "2026-11-23").map(LocalDate::parse))
                .noneMatch(SampleCalendar::isBusinessDay);
        assertThat(LocalDate.of(2027, 3, 22).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void everyNominationIsForAPlannedFirstDayAndAnActiveRosterEmployee() {
        for (int fy : List.of(2025, 2026)) {
            List<NominationRow> rows = files.nominations(fy);
            assertThat(rows).hasSizeGreaterThan(2000);
            for (NominationRow n : rows) {
                assertThat(files.plan(fy).get(n.course())).as(n.toString()).isNotNull()
                        .anyMatch(days -> days.get(0).equals(n.firstDay()));
                assertThat(files.roster(fy).get(n.employeeNo())).as(n.toString()).isNotNull()
                        .matches(r -> r.status().equals("在職"));
            }
            assertThat(rows.stream().map(n -> n.employeeNo() + n.course()).distinct()).hasSize(rows.size());
        }
    }

    @Test
    void everyAttendanceRowIsOnAPlannedDayOfItsCourseAndNominatedExceptAFewWalkIns() {
        for (int fy : List.of(2025, 2026)) {
            List<AttendanceRow> rows = files.attendance(fy);
            Set<String> nominated = files.nominations(fy).stream().map(n -> n.employeeNo() + "|" + n.course())
                    .collect(Collectors.toSet());
            for (AttendanceRow a : rows) {
                assertThat(files.plan(fy).get(a.course())).as(a.toString()).isNotNull()
                        .anyMatch(days -> days.contains(a.day()));
                assertThat(files.roster(fy)).as(a.toString()).containsKey(a.employeeNo());
                assertThat(SampleCalendar.isBusinessDay(a.day())).as(a.toString()).isTrue();
            }
            Set<String> walkIns = rows.stream().map(a -> a.employeeNo() + "|" + a.course())
                    .filter(k -> !nominated.contains(k)).collect(Collectors.toSet());
            assertThat(walkIns).hasSize(6);
            long absent = rows.stream().filter(a -> a.mark().equals("ABSENT")).count();
            assertThat((double) absent / rows.size()).isBetween(0.02, 0.07);
        }
        assertThat(files.attendance(2026)).allMatch(a -> !a.day().isAfter(SampleCalendar.CUTOFF));
        assertThat(files.aliasRows()).containsKeys("新任係長研修", "財務会計事務研修", "情報セキュリティeラーニング",
                "新任課長級研修", "接遇マナー研修", "エクセル実践研修");
    }

    @Test
    void tierUptakeCountedFromTheFilesIsTheDocumentedOne() {
        assertThat(files.tierUptake(2025)).containsExactly(173, 189);
        assertThat(files.tierUptake(2026)).containsExactly(168, 194);
    }

    @Test
    void generatorWritesExactlyTheCommittedFiles(@TempDir Path tmp) throws IOException {
        new SampleCityGenerator().write(tmp);
        List<Path> generated;
        try (Stream<Path> walk = Files.walk(tmp)) {
            generated = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(DIR)) {
            // load-order.txt and files.txt tell the loader what to read; they are written by hand.
            assertThat(walk.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.equals("load-order.txt") && !n.equals("files.txt"))
                    .count()).isEqualTo(generated.size());
        }
        for (Path file : generated) {
            Path committed = DIR.resolve(tmp.relativize(file).toString());
            assertThat(Files.mismatch(file, committed))
                    .as(committed + " differs from the generator's output: regenerate (sample-data/README.md)").isEqualTo(-1L);
        }
    }
}

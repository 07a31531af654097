package org.kenshu.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kenshu.tools.Attendance.Kind;
import org.kenshu.tools.Attendance.Mark;
import org.kenshu.tools.Attendance.Rates;
import org.kenshu.tools.Nominator.Nomination;

/**
 * Writes the fictional sample city さくら台市 into a folder (default {@code sample-data}): setup YAML,
 * rosters, plans, nominations and attendance for FY2025 and FY2026, and a README with the counts.
 * Fully deterministic: fixed seeds, fixed document dates; running it twice gives the same bytes.
 */
public final class SampleCityGenerator {
    static final LocalDate FY2025_END = LocalDate.of(2026, 3, 31);

    /** Everything generated, for the README and for checks. */
    record City(List<Person> roster2025, List<Person> roster2026, Reshuffle reshuffle, Map<Integer, Year> years) {
    }

    record Year(int fy, List<PlannedSession> plan, List<Nomination> nominations, List<Mark> marks, Uptake uptake,
            Map<String, Integer> rowsPerFile) {
        long walkIns() {
            return marks.stream().filter(Mark::walkIn).map(m -> m.session().course().code + m.person().employeeNo)
                    .distinct().count();
        }
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        City city = new SampleCityGenerator().write(dir);
        Reshuffle r = city.reshuffle();
        System.out.println("roster 2025: " + city.roster2025().size() + ", roster 2026: " + city.roster2026().size()
                + " (leavers " + r.leavers.size() + ", promotions " + r.promoted.size() + ", transfers "
                + r.transferred.size() + ", hires " + r.hired.size() + ")");
        city.years().values().forEach(y -> System.out.println("FY" + y.fy() + " sessions " + y.plan().size()
                + ", nominations " + y.nominations().size() + ", attendance rows " + y.marks().size()
                + ", walk-ins " + y.walkIns() + ", tier uptake " + y.uptake() + " " + y.rowsPerFile()));
    }

    City write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("attendance-2026"));
            Files.writeString(dir.resolve("organisation.yaml"), SampleYaml.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SampleNames names = new SampleNames(new Random(7001L));
        StaffGenerator staff = new StaffGenerator(names);
        List<Person> roster2025 = StaffGenerator.numbered(staff.generate(), new Random(7002L), 101, 70001);
        Reshuffle reshuffle = new Reshuffle(roster2025, staff.keep(), names);
        List<Person> roster2026 = reshuffle.run();
        Map<String, LocalDate> leftOn = roster2026.stream().filter(p -> p.left != null)
                .collect(Collectors.toMap(p -> p.employeeNo, p -> p.left));
        RosterPlanWriters.roster(dir.resolve("roster-2025-04-01.xlsx"), roster2025, StaffGenerator.APRIL_2025, false);
        RosterPlanWriters.roster(dir.resolve("roster-2026-04-01.xlsx"), roster2026, Reshuffle.APRIL_2026, true);
        Map<Integer, Year> years = new LinkedHashMap<>();
        years.put(2025, year(2025, roster2025, leftOn, new Rates(0.08, 0.1, 0.05, 2, 4, FY2025_END), List.of(
                "NEW_SHUNIN|2|前年度未受講のため追加受講", "HOSPITALITY|3|当日参加（申込なし）", "FINANCE|2|当日参加（申込なし）",
                "HUMAN_RIGHTS|4|当日参加（申込なし）", "EXCEL|5|キャンセル待ちから参加", "FIRST_AID|2|当日参加（申込なし）")));
        years.put(2026, year(2026, roster2026, leftOn, new Rates(0.045, 0.1, 0.05, 0, 3, SampleCalendar.CUTOFF), List.of(
                "NEW_SHUNIN|1|前年度未受講のため追加", "NEW_SHUSA|2|前年度未受講のため追加", "HOSPITALITY|2|当日参加（申込なし）",
                "HUMAN_RIGHTS|2|当日参加（申込なし）", "GENAI|1|キャンセル待ちから参加", "DIGITAL_BASIC|1||SHUSA")));
        writeYear2025(dir, years.get(2025));
        writeYear2026(dir, years.get(2026));
        City city = new City(roster2025, roster2026, reshuffle, years);
        try {
            Files.writeString(dir.resolve("README.md"), SampleReadme.render(city), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return city;
    }

    private Year year(int fy, List<Person> roster, Map<String, LocalDate> leftOn, Rates rates, List<String> walkIns) {
        List<PlannedSession> plan = new Planner().plan(fy, roster);
        java.util.Set<String> leaving = leftOn.entrySet().stream()
                .filter(e -> SampleCalendar.fiscalYearOf(e.getValue()) == fy && e.getValue().isBefore(FY2025_END))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Nomination> nominations = new Nominator(fy * 10L + 1, leaving).nominate(fy, roster, plan);
        Attendance attendance = new Attendance(fy * 10L + 2, leftOn);
        var exempt = new java.util.HashSet<>(attendance.pickExempt(nominations, true, rates.exemptTier(), rates.cutoff()));
        exempt.addAll(attendance.pickExempt(nominations, false, rates.exemptOther(), rates.cutoff()));
        attendance.record(nominations, rates, exempt);
        List<Person> pool = new ArrayList<>(roster.stream().filter(Person::isActive).toList());
        Collections.shuffle(pool, new Random(fy * 10L + 3));
        for (String spec : walkIns) {
            String[] f = spec.split("\\|", -1);
            PlannedSession s = plan.stream().filter(x -> x.course().code.equals(f[0]) && x.no() == Integer.parseInt(f[1]))
                    .findFirst().orElseThrow();
            List<String> tiers = f.length > 3 ? List.of(f[3]) : s.course().tiers;
            Person p = pool.stream().filter(x -> x.isRegular() && tiers.contains(x.tier)
                    && nominations.stream().noneMatch(n -> n.person() == x && n.session().course() == s.course()))
                    .findFirst().orElseThrow();
            pool.remove(p);
            attendance.walkIn(s, p, f[2]);
        }
        List<Mark> marks = new ArrayList<>(attendance.marks.stream().filter(m -> !m.day().isAfter(rates.cutoff())).toList());
        // the matrix has no 早退 mark: the officer ticks 出 for someone who left early
        marks.replaceAll(m -> fy == 2026 && m.session().course().code.equals("NEW_HIRE") && m.kind() == Kind.EARLY
                ? new Mark(m.session(), m.person(), m.day(), Kind.PRESENT, "", m.walkIn()) : m);
        Uptake uptake = Uptake.tier(nominations, marks, leftOn);
        return new Year(fy, plan, nominations, marks, uptake, new LinkedHashMap<>());
    }

    private void writeYear2025(Path dir, Year y) {
        RosterPlanWriters.plan(dir.resolve("plan-2025.xlsx"), 2025, y.plan());
        RosterPlanWriters.nominations(dir.resolve("nominations-2025.xlsx"), y.nominations());
        Function<Mark, String> name = m -> switch (m.session().course().code) {
            case "NEW_SHUSA" -> m.session().no() == 2 ? "新任係長研修" : m.session().course().name;
            case "FINANCE" -> m.session().no() % 2 == 1 ? "財務会計事務研修" : m.session().course().name;
            case "INFOSEC" -> Integer.parseInt(m.person().employeeNo) % 2 == 0 ? "情報セキュリティeラーニング" : m.session().course().name;
            default -> m.session().course().name;
        };
        AttendanceWriters.list(dir.resolve("attendance-2025.xlsx"), y.marks(), AttendanceWriters.halves(), name);
        y.rowsPerFile().put("attendance-2025.xlsx", y.marks().size());
    }

    private void writeYear2026(Path dir, Year y) {
        RosterPlanWriters.plan(dir.resolve("plan-2026.xlsx"), 2026, y.plan());
        RosterPlanWriters.nominations(dir.resolve("nominations-2026.xlsx"), y.nominations());
        Path folder = dir.resolve("attendance-2026");
        Predicate<Mark> matrix = m -> m.session().course().code.equals("NEW_HIRE");
        Predicate<Mark> signIn = m -> m.session().course().isTier() && !matrix.test(m);
        Predicate<Mark> csv = m -> m.session().course().isElearning();
        List<PlannedSession> newHire = y.plan().stream().filter(s -> s.course().code.equals("NEW_HIRE")).toList();
        List<Mark> matrixMarks = y.marks().stream().filter(matrix).toList();
        SignInWriters.matrix(folder.resolve("出欠表_新規採用職員研修.xlsx"), newHire, matrixMarks);
        y.rowsPerFile().put("出欠表_新規採用職員研修.xlsx", matrixMarks.size());
        for (PlannedSession s : y.plan()) {
            List<Mark> rows = y.marks().stream().filter(m -> m.session() == s && signIn.test(m)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            String title = s.course().code.equals("NEW_SHUSA") && s.no() == 1 ? "新任係長研修"
                    : s.course().code.equals("NEW_KACHO") ? "新任課長級研修" : s.course().name;
            String file = "出席簿_" + s.course().name + (s.label().isEmpty() ? "" : "_" + s.label()) + ".xlsx";
            SignInWriters.signIn(folder.resolve(file), s, title, rows);
            y.rowsPerFile().put(file, rows.size());
        }
        List<Mark> elearning = y.marks().stream().filter(csv).toList();
        AttendanceWriters.elearningCsv(folder.resolve("eラーニング受講結果.csv"), elearning,
                m -> m.session().course().code.equals("INFOSEC") ? "情報セキュリティeラーニング" : m.session().course().name);
        y.rowsPerFile().put("eラーニング受講結果.csv", elearning.size());
        List<Mark> rest = y.marks().stream().filter(matrix.or(signIn).or(csv).negate()).toList();
        Map<String, Predicate<Mark>> one = Map.of("受講実績", m -> true);
        AttendanceWriters.list(folder.resolve("attendance-2026-list.xlsx"), rest, one, m -> switch (m.session().course().code) {
            case "HOSPITALITY" -> m.session().no() % 2 == 0 ? "接遇マナー研修" : m.session().course().name;
            case "EXCEL" -> m.session().no() == 3 ? "エクセル実践研修" : m.session().course().name;
            default -> m.session().course().name;
        });
        y.rowsPerFile().put("attendance-2026-list.xlsx", rest.size());
    }
}

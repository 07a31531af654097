package org.kenshu.tools;

import static org.kenshu.tools.SampleFileReader.cell;
import static org.kenshu.tools.SampleFileReader.header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kenshu.model.setup.SetupDocument;

/** The committed sample files read back as plain rows (what an importer would see), for the consistency test. */
final class SampleFiles {
    record RosterRow(String employeeNo, String name, String status, LocalDate left) {
    }

    record NominationRow(String employeeNo, String course, LocalDate firstDay) {
    }

    record AttendanceRow(String source, String employeeNo, String course, LocalDate day, String mark) {
    }

    private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("出席", "PRESENT"), Map.entry("○", "PRESENT"),
            Map.entry("出", "PRESENT"), Map.entry("済", "PRESENT"), Map.entry("欠席", "ABSENT"), Map.entry("×", "ABSENT"),
            Map.entry("欠", "ABSENT"), Map.entry("遅刻", "LATE"), Map.entry("遅", "LATE"), Map.entry("早退", "EARLY"),
            Map.entry("免除", "EXEMPT"));

    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> typeOf = new HashMap<>();
    private final Map<Integer, Map<String, RosterRow>> rosters = new HashMap<>();
    private final Map<Integer, Map<String, List<List<LocalDate>>>> plans = new HashMap<>();
    private final Map<Integer, List<NominationRow>> nominations = new HashMap<>();
    private final Map<Integer, List<AttendanceRow>> attendance = new HashMap<>();
    private final Map<String, Integer> aliasRows = new TreeMap<>();

    SampleFiles(Path dir, SetupDocument setup) {
        for (SetupDocument.CourseSpec c : setup.courses()) {
            canonical.put(c.name(), c.name());
            if (c.aliases() != null) {
                c.aliases().forEach(a -> canonical.put(a, c.name()));
            }
            typeOf.put(c.name(), c.type());
        }
        for (int fy : List.of(2025, 2026)) {
            rosters.put(fy, roster(dir.resolve("roster-" + fy + "-04-01.xlsx")));
            plans.put(fy, plan(dir.resolve("plan-" + fy + ".xlsx"), fy));
            nominations.put(fy, nominations(dir.resolve("nominations-" + fy + ".xlsx")));
            attendance.put(fy, new ArrayList<>());
        }
        SampleFileReader.sheets(dir.resolve("attendance-2025.xlsx")).values().forEach(rows -> list(2025, "2025", rows));
        try (Stream<Path> files = Files.list(dir.resolve("attendance-2026"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv")) {
                    csv(f);
                } else if (name.startsWith("出席簿_")) {
                    SampleFileReader.sheets(f).values().forEach(rows -> signIn(name, rows));
                } else if (name.startsWith("出欠表_")) {
                    SampleFileReader.sheets(f).values().forEach(rows -> matrix(name, rows));
                } else {
                    SampleFileReader.sheets(f).values().forEach(rows -> list(2026, name, rows));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String course(String written) {
        String name = canonical.get(written);
        if (name == null) {
            throw new IllegalStateException("unknown course " + written);
        }
        if (!name.equals(written)) {
            aliasRows.merge(written, 1, Integer::sum);
        }
        return name;
    }

    private static Map<String, RosterRow> roster(Path file) {
        List<List<Object>> rows = SampleFileReader.sheets(file).values().iterator().next();
        Map<String, Integer> h = header(rows.get(2));
        Map<String, RosterRow> out = new LinkedHashMap<>();
        for (List<Object> r : rows.subList(3, rows.size())) {
            Object left = cell(r, h.get("退職日"));
            out.put((String) r.get(0), new RosterRow((String) r.get(0), (String) cell(r, h.get("氏名")),
                    (String) cell(r, h.get("在職区分")), left instanceof LocalDate d ? d : null));
        }
        return out;
    }

    private Map<String, List<List<LocalDate>>> plan(Path file, int fy) {
        List<List<Object>> rows = SampleFileReader.sheets(file).values().iterator().next();
        Map<String, Integer> h = header(rows.get(2));
        Map<String, List<List<LocalDate>>> out = new LinkedHashMap<>();
        for (List<Object> r : rows.subList(3, rows.size())) {
            out.computeIfAbsent(course((String) r.get(h.get("研修名"))), k -> new ArrayList<>())
                    .add(SampleFileReader.schedule((String) r.get(h.get("日程")), fy));
        }
        return out;
    }

    private List<NominationRow> nominations(Path file) {
        List<List<Object>> rows = SampleFileReader.sheets(file).values().iterator().next();
        Map<String, Integer> h = header(rows.get(0));
        return rows.subList(1, rows.size()).stream().map(r -> new NominationRow((String) r.get(h.get("職員番号")),
                course((String) r.get(h.get("研修名"))), (LocalDate) r.get(h.get("実施日")))).toList();
    }

    private void list(int fy, String source, List<List<Object>> rows) {
        Map<String, Integer> h = header(rows.get(0));
        for (List<Object> r : rows.subList(1, rows.size())) {
            add(fy, source, (String) r.get(h.get("職員番号")), (String) r.get(h.get("研修名")), (LocalDate) r.get(h.get("受講日")),
                    (String) r.get(h.get("出欠")));
        }
    }

    private void signIn(String source, List<List<Object>> rows) {
        String title = (String) rows.get(0).get(0);
        String written = title.substring(title.indexOf(' ') + 1, title.lastIndexOf(" 出席簿"));
        LocalDate day = SampleFileReader.reiwa((String) rows.get(1).get(0));
        Map<String, Integer> h = header(rows.get(3));
        for (List<Object> r : rows.subList(4, rows.size())) {
            if ("合計".equals(r.get(0))) {
                break;
            }
            add(2026, source, (String) r.get(h.get("職員番号")), written, day, (String) r.get(h.get("出欠")));
        }
    }

    private void matrix(String source, List<List<Object>> rows) {
        String title = (String) rows.get(0).get(0);
        String written = title.substring(title.indexOf(' ') + 1, title.lastIndexOf(" 出欠表"));
        List<Object> head = rows.get(1);
        for (List<Object> r : rows.subList(2, rows.size())) {
            for (int c = 3; c < head.size(); c++) {
                Object h = head.get(c);
                LocalDate day = h instanceof LocalDate d ? d
                        : SampleFileReader.monthDay(((String) h).replace("月", "/").replace("日", ""), 2026);
                add(2026, source, (String) r.get(0), written, day, (String) cell(r, c));
            }
        }
    }

    private void csv(Path file) {
        List<String> lines = SampleFileReader.windows31jLines(file);
        if (!lines.get(0).equals("職員番号,氏名,研修名,受講日,結果")) {
            throw new IllegalStateException("CSV header " + lines.get(0));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String[] ymd = f[3].split("/");
            LocalDate day = LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
            add(2026, file.getFileName().toString(), f[0], f[2], day, f[4]);
        }
    }

    private void add(int fy, String source, String employeeNo, String written, LocalDate day, String mark) {
        String kind = MARKS.get(mark);
        if (kind == null) {
            throw new IllegalStateException(source + ": mark '" + mark + "' for " + employeeNo + " on " + day);
        }
        attendance.get(fy).add(new AttendanceRow(source, employeeNo, course(written), day, kind));
    }

    Map<String, RosterRow> roster(int fy) {
        return rosters.get(fy);
    }

    Map<String, List<List<LocalDate>>> plan(int fy) {
        return plans.get(fy);
    }

    int sessionCount(int fy) {
        return plans.get(fy).values().stream().mapToInt(List::size).sum();
    }

    List<NominationRow> nominations(int fy) {
        return nominations.get(fy);
    }

    List<AttendanceRow> attendance(int fy) {
        return attendance.get(fy);
    }

    boolean isELearning(String course) {
        return "E_LEARNING".equals(typeOf.get(course));
    }

    Map<String, Integer> aliasRows() {
        return aliasRows;
    }

    /**
     * DESIGN.md §5 from the files alone: {completed, denominator} over TIER nominations, leaving out 免除 and
     * staff whose 退職日 (2026 roster) falls before the nominated session's first day.
     */
    int[] tierUptake(int fy) {
        Map<String, String> marks = new HashMap<>();
        attendance.get(fy).forEach(a -> marks.put(a.employeeNo() + "|" + a.course() + "|" + a.day(), a.mark()));
        Set<String> attended = Set.of("PRESENT", "LATE", "EARLY");
        int completed = 0;
        int denominator = 0;
        for (NominationRow n : nominations.get(fy)) {
            if (!"TIER".equals(typeOf.get(n.course()))) {
                continue;
            }
            String key = n.employeeNo() + "|" + n.course() + "|";
            boolean exempt = attendance.get(fy).stream().anyMatch(a -> a.employeeNo().equals(n.employeeNo())
                    && a.course().equals(n.course()) && a.mark().equals("EXEMPT"));
            RosterRow later = rosters.get(2026).get(n.employeeNo());
            boolean left = later != null && later.left() != null && later.left().isBefore(n.firstDay());
            if (exempt || left) {
                continue;
            }
            denominator++;
            if (plans.get(fy).get(n.course()).stream()
                    .anyMatch(days -> days.stream().allMatch(d -> attended.contains(marks.getOrDefault(key + d, ""))))) {
                completed++;
            }
        }
        return new int[] {completed, denominator};
    }
}

package org.kenshu.tools;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.tools.Attendance.Kind;
import org.kenshu.tools.Attendance.Mark;
import org.kenshu.tools.SampleCityGenerator.City;
import org.kenshu.tools.SampleCityGenerator.Year;

/** sample-data/README.md (Japanese and English), with the counts of this generation. */
final class SampleReadme {
    private SampleReadme() {
    }

    static String render(City city) {
        Year y25 = city.years().get(2025);
        Year y26 = city.years().get(2026);
        Reshuffle r = city.reshuffle();
        long inService26 = city.roster2026().stream().filter(p -> p.left == null).count();
        StringBuilder b = new StringBuilder();
        b.append("""
                # サンプル市「さくら台市」 / Sample city さくら台市

                架空の中規模市「さくら台市」の研修データです。職員名・所属・研修はすべて架空で、実在の人物・団体とは関係ありません。
                職層7区分と17の能力・能力要件（◎/○）の表は入間市人材育成基本方針（令和6年4月版）に基づきます。
                ファイルは `src/test/java/org/kenshu/tools/SampleCityGenerator.java` が固定シードで生成します（同じ内容・同じバイト列）。
                `SampleCityFilesTest` がファイル同士の整合性を検査します。

                A fictional mid-size city for trying the workbench: every name, department and course is invented.
                The seven tiers and the 17-competency ◎/○ matrix follow 入間市's 2024 staff-development policy.
                All files are written by the generator with fixed seeds (same content, same bytes); `SampleCityFilesTest`
                checks that they agree with each other. Regenerate with:

                ```
                mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
                java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.kenshu.tools.SampleCityGenerator sample-data
                ```

                ## ファイル / Files

                行数はデータ行（見出し・タイトル・合計行を除く）。出欠ファイルは「人×日」の件数（マトリクスはセル数）。
                Rows are data rows (no title, header or totals rows); for attendance files, person-days (matrix: cells).

                | ファイル / file | 内容 / content | 行数 / rows |
                |---|---|---|
                """);
        row(b, "organisation.yaml", "組織設定（SetupDocument形式）: 職層・職種・能力・◎/○表・研修区分・研修機関・役割・研修" + SampleCatalog.COURSES.size()
                + "件・目標 / setup document", "-");
        row(b, "roster-2025-04-01.xlsx", "職員名簿 令和7年4月1日現在 / roster on 2025-04-01", city.roster2025().size() + "");
        row(b, "roster-2026-04-01.xlsx", "職員名簿 令和8年4月1日現在（人事異動後、退職者を含む） / roster on 2026-04-01, leavers included",
                city.roster2026().size() + "");
        row(b, "plan-2025.xlsx", "令和7年度 職員研修計画（1行1回） / FY2025 plan, one row per session", y25.plan().size() + "");
        row(b, "plan-2026.xlsx", "令和8年度 職員研修計画 / FY2026 plan", y26.plan().size() + "");
        row(b, "nominations-2025.xlsx", "受講者名簿（指名・公募の受講決定者） / FY2025 nominations", y25.nominations().size() + "");
        row(b, "nominations-2026.xlsx", "受講者名簿 / FY2026 nominations", y26.nominations().size() + "");
        row(b, "attendance-2025.xlsx", "令和7年度 受講実績（一覧形式、シート「上半期」「下半期」） / FY2025 attendance, list layout",
                y25.rowsPerFile().get("attendance-2025.xlsx") + "");
        y26.rowsPerFile().forEach((file, n) -> row(b, "attendance-2026/" + file, describe(file), n + ""));
        b.append("\n## 件数 / Totals\n\n| | 令和7年度 FY2025 | 令和8年度 FY2026 (〜2026-11-20) |\n|---|---|---|\n");
        b.append("| 研修 / courses in plan | ").append(courses(y25)).append(" | ").append(courses(y26)).append(" |\n");
        b.append("| 実施回 / sessions | ").append(y25.plan().size()).append(" | ").append(y26.plan().size()).append(" |\n");
        b.append("| 指名 / nominations | ").append(y25.nominations().size()).append(" | ").append(y26.nominations().size()).append(" |\n");
        b.append("| 出欠行 / attendance rows | ").append(y25.marks().size()).append(" | ").append(y26.marks().size()).append(" |\n");
        b.append("| 内訳 / by mark | ").append(kinds(y25.marks())).append(" | ").append(kinds(y26.marks())).append(" |\n");
        b.append("| 指名外の受講 / walk-ins | ").append(y25.walkIns()).append(" | ").append(y26.walkIns()).append(" |\n");
        b.append("| 階層別研修の受講率 / tier uptake | ").append(y25.uptake()).append(" | ").append(y26.uptake()).append(" |\n");
        b.append(String.format("""

                職員 / staff: 2025-04-01 名簿 %d 人（在職・休職・育休）。2026-04-01 名簿 %d 行 = 在籍 %d 人 + 退職 %d 人
                （2026-03-31 退職 %d 人、2025-12-31 退職 %d 人）。人事異動 2026-04-01: 昇任 %d 人、転任 %d 人、新規採用 %d 人。
                """, city.roster2025().size(), city.roster2026().size(), inService26, r.leavers.size(),
                r.leavers.stream().filter(p -> p.left.equals(Reshuffle.MARCH_31)).count(),
                r.leavers.stream().filter(p -> p.left.equals(Reshuffle.MID_YEAR)).count(),
                r.promoted.size(), r.transferred.size(), r.hired.size()));
        b.append(SampleReadmeText.FORMATS);
        return b.toString();
    }

    private static String describe(String file) {
        if (file.startsWith("出席簿_")) {
            return "出席簿（サインイン形式、1日1シート） / sign-in sheet";
        }
        if (file.startsWith("出欠表_")) {
            return "出欠表（マトリクス形式、シート「第1回」「第2回」） / matrix";
        }
        if (file.endsWith(".csv")) {
            return "eラーニング受講結果（Shift_JIS/windows-31j, CRLF） / e-learning completions";
        }
        return "その他の受講実績（一覧形式、シート「受講実績」） / everything else, list layout";
    }

    private static long courses(Year y) {
        return y.plan().stream().map(PlannedSession::course).distinct().count();
    }

    private static String kinds(List<Mark> marks) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        marks.forEach(m -> counts.merge(m.kind(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder b, String file, String what, String rows) {
        b.append("| `").append(file).append("` | ").append(what).append(" | ").append(rows).append(" |\n");
    }
}

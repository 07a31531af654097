package org.kenshu.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenshu.model.Goal;
import org.kenshu.model.GoalKind;
import org.kenshu.model.I18n;
import org.kenshu.model.Staff;
import org.kenshu.service.GoalEntry;
import org.kenshu.service.GoalService;
import org.kenshu.service.goals.GapPerson;
import org.kenshu.service.goals.GoalResult;
import org.kenshu.store.Repositories;

/**
 * The people behind a goal's gap, taken from the goals engine ({@link GoalService#missing}, as the Goals
 * page and {@code kenshu kpi missing} list them) and grouped by department, 五十音順 within.
 */
final class MissingData {
    private MissingData() {
    }

    /** The goal of {@code code}, counted for the year, and its gap. */
    static MissingReport read(Repositories repos, GoalService goals, ReportContext ctx, String code) {
        if (code == null || code.isBlank()) {
            throw new ReportException(I18n.t("report.error.goalNeeded", codes(goals)));
        }
        Goal goal = goals.findByCode(code.strip()).orElseThrow(() -> new ReportException(
                I18n.t("report.error.noGoal", code, codes(goals))));
        GoalResult result = goals.result(goal, ctx.fiscalYear());
        return of(repos, goals, result, goals.missing(goal, ctx.fiscalYear()));
    }

    /** The report for a gap already listed (the Goals page's 「一覧を書き出す」 passes what it shows). */
    static MissingReport of(Repositories repos, GoalService goals, GoalResult result, List<GapPerson> gap) {
        Map<Long, String> kana = new HashMap<>();
        for (Staff s : repos.staff.findAll()) {
            kana.put(s.id(), s.kana());
        }
        String scope = goals.register().stream().filter(e -> e.goal().id() == result.goal().id())
                .map(GoalEntry::scope).findFirst().orElse("");
        Map<String, List<GapPerson>> byDepartment = new LinkedHashMap<>();
        gap.stream().sorted(java.util.Comparator.comparing(GapPerson::department))
                .forEach(p -> byDepartment.computeIfAbsent(p.department(), k -> new ArrayList<>()).add(p));
        List<MissingReport.Department> departments = new ArrayList<>();
        byDepartment.forEach((name, people) -> {
            people.sort(Kana.order(p -> kana.get(p.staffId()), GapPerson::name, GapPerson::employeeNo));
            departments.add(new MissingReport.Department(name, people.stream()
                    .map(p -> person(p, kana.get(p.staffId()), scope)).toList()));
        });
        boolean countable = result.goal().kind() == GoalKind.UPTAKE || result.goal().kind() == GoalKind.COVERAGE;
        return new MissingReport(result, countable, departments);
    }

    private static MissingReport.Person person(GapPerson p, String kana, String scope) {
        String status = I18n.label(p.reason());
        if (!p.days().isEmpty()) {
            status = I18n.t("report.missing.statusDays", status,
                    p.days().stream().map(MissingData::day).collect(Collectors.joining("・")));
        }
        return new MissingReport.Person(p.employeeNo(), p.name(), kana == null ? "" : kana, p.tier(),
                p.course().isEmpty() ? scope : p.course(),
                p.sessionNo() == null ? "" : I18n.t("session.number", p.sessionNo()), status);
    }

    /** 「6/3」, as the Goals page shows the days (the fiscal year is in the title). */
    private static String day(LocalDate d) {
        return I18n.t("report.missing.day", d.getMonthValue(), d.getDayOfMonth());
    }

    private static String codes(GoalService goals) {
        return goals.register().stream().map(e -> e.goal().code()).collect(Collectors.joining(", "));
    }
}
